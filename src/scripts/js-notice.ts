/** Hides the "needs JavaScript" notice: it is visible by default so that it also shows where scripts never run. */
export function hideJsNotice(): void {
  document.querySelectorAll<HTMLElement>('[data-js-notice]').forEach((notice) => {
    notice.hidden = true;
  });
}
