// The header's "Sign in" and "Join" for visitors: both bring the person back to this page.
import { NavLink, useLocation } from "react-router";

import { nextFrom, withNext } from "./next";

export function SignInLinks() {
  const next = nextFrom(useLocation());
  return (
    <>
      <NavLink to={withNext("/signin", next)}>Sign in</NavLink>
      <NavLink to={withNext("/signup", next)} className="button">
        Join
      </NavLink>
    </>
  );
}
