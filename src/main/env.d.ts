// Vite's import.meta.glob (the reviewed links are gathered from the shipped data at build time).
/// <reference types="vite/types/import-meta.d.ts" />

// Vite's `?raw` imports (text files bundled into main at build time).
declare module '*?raw' {
  const text: string;
  export default text;
}
