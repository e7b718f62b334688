// The area a person looks for meet-ups and groups in ("Leeds North"), remembered on this
// device so "near you" opens where she left it. One key for the meet-ups and groups screens.
// Signing out clears it with everything else this device keeps (auth/deviceStorage.ts): an
// area says where someone lives, which the next person on a shared device need not learn.
const KEY = "village.area";

/** The area remembered on this device, or "" when none is. */
export function rememberedArea(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remembers `area` (trimmed) on this device; an empty one forgets it. */
export function rememberArea(area: string): void {
  const value = area.trim();
  try {
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode, full): the area is simply not remembered
  }
}
