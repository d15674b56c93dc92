/// <reference types="vite/client" />

/** The build-time pack index made by electron.vite.config.ts (packIndexPlugin): names and ids, no facts. */
declare module 'virtual:hearth/pack-index' {
  const index: readonly import('@shared/knowledge/packIndex').PackIndexEntry[];
  export default index;
}
