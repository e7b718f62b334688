// A fresh QueryClient for every rendered test: nothing one test loaded is seen by the next.
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { useState, type ReactElement, type ReactNode } from "react";

import { createAppQueryClient } from "../api/query";

export function WithQueryClient({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [fresh] = useState(() => client ?? createAppQueryClient());
  return <QueryClientProvider client={fresh}>{children}</QueryClientProvider>;
}

/** `render` inside a QueryClientProvider of its own (or `client`, to look into its cache). */
export function renderWithQuery(element: ReactElement, client = createAppQueryClient()) {
  return { client, ...render(<WithQueryClient client={client}>{element}</WithQueryClient>) };
}
