/** The count of visible rows of a filtered table (the matrix, the home table), as first rendered and as updated. */
export const shownCountText = (shown: number, total: number): string => `${shown} of ${total} profiles shown`;
