import { describe, expect, it } from 'vitest';
import { LibraryFileError } from '../../../../shared/knowledge/library/medlinePlusXml';
import { LibraryTransferError } from '../../knowledge/library/textFromMain';
import { problemOf } from './libraryImportState';

const named = (name: string): Error => Object.assign(new Error('x'), { name });

describe('problemOf (what the library panel says went wrong)', () => {
  it('says what was wrong with a file', () => {
    expect(problemOf(new LibraryFileError('not-medlineplus', 'root is rss'))).toBe('not-medlineplus');
    expect(problemOf(new LibraryFileError('unsafe', 'doctype'))).toBe('unsafe');
  });

  it('turns download failures into a reason and a next step', () => {
    expect(problemOf(new LibraryTransferError({ code: 'connection-lost', message: '' }))).toBe('connection-lost');
    expect(problemOf(new LibraryTransferError({ code: 'timeout', message: '' }))).toBe('connection-lost');
    expect(problemOf(new LibraryTransferError({ code: 'not-allowed', message: '' }))).toBe('invalid-response');
    expect(problemOf(new LibraryTransferError({ code: 'internal', message: '' }))).toBe('other');
  });

  it('explains a chosen file main refused before or while reading it', () => {
    expect(problemOf(new LibraryTransferError({ code: 'file-too-large', message: '' }))).toBe('too-large');
    expect(problemOf(new LibraryTransferError({ code: 'unexpected-file', message: '' }))).toBe('not-xml');
    expect(problemOf(new LibraryTransferError({ code: 'file-unreadable', message: '' }))).toBe('unreadable');
  });

  it('tells a full disk from anything else', () => {
    expect(problemOf(named('QuotaExceededError'))).toBe('storage');
    expect(problemOf(new TypeError('odd'))).toBe('other');
  });
});
