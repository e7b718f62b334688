// The area a parent looks in ("Leeds North"), remembered on this device so that "Meet-ups
// near you", the groups list and the home page's box open where she left them. Shared by the
// meet-ups and groups screens: one key, one value. Like everything the app keeps in
// localStorage, it is forgotten at sign-out (auth/deviceStorage.ts): where someone lives is
// about her.
import { useCallback, useSyncExternalStore } from "react";

export const AREA_KEY = "village.area";

const listeners = new Set<() => void>();
// When localStorage refuses (private mode, disabled), the area lasts this page's lifetime.
let inMemory: string | null = null;

/** The area as shown: runs of white space made one, ends trimmed (the server's display_area). */
export function displayArea(area: string): string {
  return area.split(/\s+/).filter(Boolean).join(" ");
}

/** The remembered area, "" when none. */
export function rememberedArea(): string {
  try {
    return inMemory ?? localStorage.getItem(AREA_KEY) ?? "";
  } catch {
    return inMemory ?? "";
  }
}

/** Remembers `area` (tidied; "" forgets it) and tells every screen that shows it. */
export function rememberArea(area: string): void {
  const tidy = displayArea(area);
  inMemory = null;
  try {
    if (tidy) localStorage.setItem(AREA_KEY, tidy);
    else localStorage.removeItem(AREA_KEY);
  } catch {
    inMemory = tidy || null; // storage unavailable: kept for this page's lifetime
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === AREA_KEY || event.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The remembered area and a way to change it, kept in step across screens and tabs. */
export function useRememberedArea(): [string, (area: string) => void] {
  const area = useSyncExternalStore(subscribe, rememberedArea, () => "");
  const change = useCallback((next: string) => rememberArea(next), []);
  return [area, change];
}
