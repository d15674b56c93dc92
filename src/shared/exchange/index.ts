export * from './groupExport';
export * from './groupMarkdown';
export * from './importProblems';
export * from './parseGroupExport';
export * from './prepareImport';
