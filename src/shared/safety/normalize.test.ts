import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it.each([
    ["I'm gonna k1ll mys3lf!!", 'i am going to kill myself ! !'],
    ['🥺💊💊💊', 'sad pills pills pills'],
    ['🔪', 'knife'],
    ['I want to be ⚰️', 'i want to be dead'],
    ['🪦', 'dead'],
    ['s u i c i d e', 'suicide'],
    ['I want to diiiiie', 'i want to die'],
    ['killll', 'kill'],
    ['kms', 'kill myself'],
    ['unaliving myself', 'killing myself'],
    ['sewerslide', 'suicide'],
    ['sucidal', 'suicidal'],
    ["can't do this anymore...", 'cannot do this anymore .'],
    ['self-harm', 'self harm'],
    ['sh urges', 'self harm urges'],
    ["I've OD'd", 'i have overdosed'],
    ['Quiero morirme más', 'quiero morirme mas'],
    ['kiero morir', 'quiero morir'],
    ["You've got a UTI", 'you have got a uti'],
    ['wanna', 'want to'],
    ['sh*t day', 'sht day'],
    ['I want to d*e', 'i want to die'],
    ['s**cide', 'suicide'],
    ['iwanttodie', 'i want to die'],
    ['k.m.s', 'kill myself'],
    ['kill myseIf', 'kill myself'],
    ['i want 2 die', 'i want to die'],
    ['i want to dye', 'i want to die'],
    ['i want to dye my hair', 'i want to dye my hair'],
    ['sucide', 'suicide'],
    ['suicidle', 'suicide'],
    ['pensamientos suicidas', 'pensamientos suicidas'],
    ['end my lfe', 'end my life'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('leaves numbers with units, decimals and lab names alone', () => {
    expect(normalizeText('I take 20mg')).toBe('i take 20mg');
    expect(normalizeText('My A1c is 8.5')).toBe('my a1c is 8.5');
    expect(normalizeText('B12 and type1')).toBe('b12 and type1');
  });

  it('keeps "ill" (sick) apart from "I\'ll"', () => {
    expect(normalizeText("I'll be ill")).toBe('i will be ill');
  });
});
