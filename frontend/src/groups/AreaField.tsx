// An area typed freely ("Leeds North"), with the areas already in use that start with it
// offered as suggestions (GET /areas?prefix=): the browser's own list, so a screen reader and
// a phone keyboard know it.
import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useState, type InputHTMLAttributes } from "react";

import { $api } from "../api/query";

/** How long typing pauses before the suggestions are asked for. */
const PAUSE_MS = 250;

export function useDebounced<T>(value: T, ms = PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function AreaField({
  id,
  value,
  onChange,
  ...rest
}: {
  id: string;
  value: string;
  onChange(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange" | "list">) {
  const prefix = useDebounced(value.trim());
  const { data } = $api.useQuery(
    "get",
    "/api/v1/areas",
    { params: { query: { prefix, limit: 8 } } },
    { enabled: prefix.length > 0, placeholderData: keepPreviousData },
  );
  const listId = `${id}-suggestions`;
  return (
    <>
      <input
        id={id}
        list={listId}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      <datalist id={listId}>
        {(prefix ? (data ?? []) : []).map((area) => (
          <option key={area.area} value={area.area} />
        ))}
      </datalist>
    </>
  );
}
