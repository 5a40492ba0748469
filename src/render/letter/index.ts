// Reply letters and notices typeset for sending: DOCX (official layout) and printable HTML.
export * from './docx.ts';
export * from './html.ts';
