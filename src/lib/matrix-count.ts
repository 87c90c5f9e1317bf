/** The feature matrix's count of visible rows, as the page first renders it and as its filters update it. */
export const matrixCountText = (shown: number, total: number): string => `${shown} of ${total} profiles shown`;
