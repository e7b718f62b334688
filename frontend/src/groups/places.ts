// Where a thread's category leads: a forum category's page, a local group's page, or the
// meet-ups (their discussions' category has no page of its own).
import type { Schemas } from "../api/client";

export function categoryHref(category: Schemas["ThreadCategoryRef"]): string {
  switch (category.kind) {
    case "group":
      return `/groups/${category.slug}`;
    case "meetups":
      return "/meetups";
    default:
      return `/c/${category.slug}`;
  }
}
