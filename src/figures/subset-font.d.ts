/** Types of `subset-font` (the package ships none): the call the figures use. */
declare module 'subset-font' {
  function subsetFont(font: Buffer | Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Buffer>;
  export default subsetFont;
}
