// Start a thread: category (or a local group, ?group=slug), title, the message, an optional
// content warning, anonymously or not.
import { useEffect } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";

import { api, call } from "../api/client";
import { ApiError } from "../api/problem";
import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { useActiveSuspension } from "../auth/suspension";
import { Composer } from "../components/Composer";
import { checkThreadFields } from "../components/composer/checks";
import { NewMemberLimits } from "../components/composer/NewMemberLimits";
import { ThreadFields } from "../components/composer/ThreadFields";
import { ErrorMessage, Loading } from "../components/Status";
import { SuspensionNotice } from "../components/SuspensionNotice";
import { draftKeys, type Draft } from "../drafts";
import { GroupThreadFields } from "../groups/GroupThreadFields";
import "../styles/member.css";

export function NewThreadPage() {
  const { me, loading, refreshMe } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const group = params.get("group") ?? "";
  const preselected = group ? "" : (params.get("category") ?? "");
  const categoriesQuery = $api.useQuery("get", "/api/v1/categories", {}, { enabled: !group });
  const groupQuery = $api.useQuery(
    "get",
    "/api/v1/groups/{slug}",
    { params: { path: { slug: group } } },
    { enabled: !!group },
  );
  const { data: categories } = categoriesQuery;
  const error = group ? groupQuery.error : categoriesQuery.error;
  const suspended = useActiveSuspension(me) !== null;

  useEffect(() => {
    document.title = "Start a thread · Village";
  }, []);

  if (!loading && !me) {
    const next = group
      ? `/new?group=${encodeURIComponent(group)}`
      : `/new${preselected ? `?category=${encodeURIComponent(preselected)}` : ""}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (loading || !me) return <Loading what="Checking who you are" />;

  async function create(draft: Draft, key: string) {
    const created = await call(
      api.POST("/api/v1/threads", {
        params: { header: { "Idempotency-Key": key } },
        body: {
          ...(group ? { group } : { category: draft.category ?? "" }),
          title: (draft.title ?? "").trim(),
          body: draft.body,
          anonymous: draft.anonymous,
          content_warning: draft.contentWarning.trim() ? draft.contentWarning.trim() : null,
        },
      }),
    ).catch((caught: unknown) => {
      // Suspended since the page loaded: fetch who we are again so the notice shows the end.
      if (caught instanceof ApiError && caught.kind === "suspended") void refreshMe();
      throw caught;
    });
    navigate(`/t/${created.id}`);
  }

  const from = categories?.find((category) => category.slug === preselected);
  const inGroup = groupQuery.data;

  return (
    <section aria-labelledby="new-thread-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        {group ? (
          <Link to={`/groups/${encodeURIComponent(group)}`}>Back to {inGroup?.name ?? "the group"}</Link>
        ) : from ? (
          <Link to={`/c/${from.slug}`}>Back to {from.name}</Link>
        ) : (
          <Link to="/">Back to the categories</Link>
        )}
      </nav>
      <div className="page-head">
        <h1 id="new-thread-title">Start a thread</h1>
        <p className="lead">Ask, share a hard day or a small win. Someone here gets it.</p>
      </div>
      <SuspensionNotice me={me} id="new-thread-suspended" />
      <NewMemberLimits me={me} id="new-thread-limits" />
      <ErrorMessage error={error} />
      {group && !inGroup && !error && <Loading what="Loading the group" />}
      {group && inGroup && (
        <Composer
          // A draft of its own per group: words meant for one group never open in another.
          draftKey={`${draftKeys.newThread(me.id)}:group:${inGroup.slug}`}
          label="Your message"
          submitLabel="Start thread"
          busyLabel="Starting…"
          contentWarningOption
          blockedBy={suspended ? "new-thread-suspended" : undefined}
          validate={(draft) => checkThreadFields({ ...draft, category: inGroup.slug })}
          fields={(draft, update, problems) => (
            <GroupThreadFields group={inGroup} draft={draft} problems={problems} update={update} />
          )}
          onSubmit={create}
        />
      )}
      {!group && !categories && !error && <Loading what="Loading categories" />}
      {!group && categories && (
        <Composer
          draftKey={draftKeys.newThread(me?.id ?? 0)}
          label="Your message"
          submitLabel="Start thread"
          busyLabel="Starting…"
          initial={{ category: preselected }}
          overrides={preselected ? { category: preselected } : undefined}
          contentWarningOption
          blockedBy={suspended ? "new-thread-suspended" : undefined}
          validate={checkThreadFields}
          fields={(draft, update, problems) => (
            <ThreadFields categories={categories} draft={draft} problems={problems} update={update} />
          )}
          onSubmit={create}
        />
      )}
    </section>
  );
}
