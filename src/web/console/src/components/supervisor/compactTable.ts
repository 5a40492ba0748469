/** The supervisor's tables: dense rows, all on one page, scrolling sideways on a phone. */
export const compactTable = { size: 'small', pagination: false, scroll: { x: 760 } } as const;
