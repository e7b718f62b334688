// The moderation log: every moderator action and every automatic one, newest first.
import type { InfiniteData } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useSearchParams } from "react-router";

import type { Schemas } from "../../api/client";
import { $api, itemsOf, keysetPaging } from "../../api/query";
import { useAuth } from "../../auth/AuthContext";
import { AuditLogTable } from "../../components/mod/AuditLogTable";
import { LogFilters, type Filters } from "../../components/mod/LogFilters";
import { isAccessError, NotAllowed } from "../../components/mod/ModShared";
import { Empty, ErrorMessage, Loading, NextPage } from "../../components/Status";
import { isAuditAction, isAuditTarget } from "./labels";
import "../../styles/mod.css";

type LogPages = InfiniteData<Schemas["AuditEntryPage"], string | null>;

const PAGE_SIZE = 25;

function filtersOf(params: URLSearchParams): Filters {
  return {
    actor: params.get("actor") ?? "",
    action: params.get("action") ?? "",
    target_type: params.get("target_type") ?? "",
  };
}

/** Only the filters that are set: an empty one means "any". */
function queryOf(filters: Filters) {
  return {
    limit: PAGE_SIZE,
    actor: filters.actor.trim() || undefined,
    // A value the log does not know (an old or edited address) filters nothing.
    action: isAuditAction(filters.action) ? filters.action : undefined,
    target_type: isAuditTarget(filters.target_type) ? filters.target_type : undefined,
  };
}

export function AuditLogPage() {
  const { loading: authLoading } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const filterKey = new URLSearchParams(Object.entries(filters)).toString();
  const log = $api.useInfiniteQuery(
    "get",
    "/api/v1/moderation/log",
    { params: { query: queryOf(filters) } },
    { ...keysetPaging, enabled: !authLoading },
  );

  useEffect(() => {
    document.title = "Moderation log · Village";
  }, []);

  const pages = (log.data as LogPages | undefined)?.pages;
  const entries = useMemo(() => pages && itemsOf(pages, (entry) => entry.id), [pages]);
  const loadError = log.isFetchNextPageError ? null : log.error;

  function apply(next: Filters) {
    const search = new URLSearchParams();
    if (next.actor.trim()) search.set("actor", next.actor.trim());
    if (next.action) search.set("action", next.action);
    if (next.target_type) search.set("target_type", next.target_type);
    setParams(search);
  }

  const filtered = Boolean(filters.actor || filters.action || filters.target_type);

  return (
    <section aria-labelledby="log-title" className="mod-page">
      <div className="page-head">
        <h1 id="log-title">Moderation log</h1>
        <p className="lead">Every moderator action and every automatic one, newest first.</p>
      </div>
      {/* Remounted when the applied filters change (e.g. back/forward), never while typing. */}
      <LogFilters key={filterKey} initial={filters} onApply={apply} />
      {isAccessError(loadError) ? <NotAllowed error={loadError} /> : <ErrorMessage error={loadError} />}
      {!entries && !loadError && <Loading what="Loading the log" />}
      {entries?.length === 0 && (
        <Empty>{filtered ? "No log entries match these filters." : "The log is empty."}</Empty>
      )}
      {entries && entries.length > 0 && <AuditLogTable entries={entries} />}
      <NextPage query={log} />
    </section>
  );
}
