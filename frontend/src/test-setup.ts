import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom lays nothing out: scrolling to a post is a no-op here (it would log "not implemented").
window.scrollTo = () => undefined;

afterEach(() => {
  cleanup();
  localStorage.clear();
});
