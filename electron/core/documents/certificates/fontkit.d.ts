// Only what text measuring needs; the package ships no types (it comes with pdfmake).
declare module '@foliojs-fork/fontkit' {
  interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
