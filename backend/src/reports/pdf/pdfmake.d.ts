// pdfmake 0.3 ships no types; these are the few calls the server makes (see its js/index.js and base.js).
declare module 'pdfmake' {
  type FontFiles = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(document: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}

declare module 'pdfmake/fonts/Roboto' {
  const fonts: { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  export = fonts;
}
