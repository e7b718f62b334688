import { useEffect } from "react";

/** Scrolls to post `number` (below the sticky site header) and gives it keyboard focus. */
export function scrollToPost(number: number) {
  const element = document.getElementById(`post-${number}`);
  if (!element) return;
  // Below the sticky site header, whose height depends on the screen and the menu.
  const header = document.querySelector(".site-header");
  const offset = (header?.getBoundingClientRect().height ?? 0) + 8;
  window.scrollTo?.({ top: element.getBoundingClientRect().top + window.scrollY - offset });
  element.focus({ preventScroll: true });
}

/** Goes to the post the address points at (#post-N), once it is on the page and visible. */
export function useScrollToPost(target: number | null, shown: boolean, hidden: boolean) {
  useEffect(() => {
    if (shown && !hidden && target !== null) scrollToPost(target);
  }, [shown, hidden, target]);
}
