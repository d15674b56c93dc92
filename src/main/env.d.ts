// Vite's `?raw` imports (text files bundled into main at build time).
declare module '*?raw' {
  const text: string;
  export default text;
}
