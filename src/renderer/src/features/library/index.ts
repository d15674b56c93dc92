// What other features use of the health library: its panel and the import state it shares with onboarding.
export { LibraryPanel } from './LibraryPanel';
export { libraryActions, useLibraryUi } from './libraryImportState';
