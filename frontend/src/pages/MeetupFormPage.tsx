// Plan a meet-up (/meetups/new, ?group=slug preselects the group) or change one
// (/meetups/:id/edit, the host or a moderator). Signed-in members only.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link, Navigate, useNavigate, useParams, useSearchParams } from "react-router";

import { api, call, idempotencyKey } from "../api/client";
import { ApiError } from "../api/problem";
import { $api } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { ErrorMessage, Loading } from "../components/Status";
import { SuspensionNotice } from "../components/SuspensionNotice";
import { attemptKey, clearDraft } from "../drafts";
import { EMPTY_FIELDS, MeetupForm, type MeetupFields, type MeetupPayload } from "../meetups/MeetupForm";
import { meetupKey, refreshMeetup, type Meetup } from "../meetups/meetups";
import { toLocalInput } from "../meetups/time";
import "../styles/member.css";
import "../styles/meetups.css";

function signInFirst(next: string) {
  return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
}

export function NewMeetupPage() {
  const { me, loading, refreshMe } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const group = params.get("group") ?? "";

  useEffect(() => {
    document.title = "Plan a meet-up · Village";
  }, []);

  if (!loading && !me) return signInFirst(`/meetups/new${group ? `?group=${encodeURIComponent(group)}` : ""}`);
  if (!me) return <Loading what="Checking who you are" />;

  const scope = `meetup-new:${me.id}`;

  async function create(payload: MeetupPayload) {
    const { group: slug, ...rest } = payload;
    const body = { ...rest, ...(slug ? { group: slug } : {}) };
    const key = attemptKey(scope, body, idempotencyKey);
    const created = await call(
      api.POST("/api/v1/meetups", { params: { header: { "Idempotency-Key": key } }, body }),
    ).catch((caught: unknown) => {
      if (caught instanceof ApiError && caught.kind === "suspended") void refreshMe();
      throw caught;
    });
    clearDraft(scope);
    client.setQueryData(meetupKey(created.id), created);
    refreshMeetup(client, created.id);
    navigate(`/meetups/${created.id}`);
  }

  return (
    <section aria-labelledby="new-meetup-title" className="meetup-form-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        {group ? <Link to={`/groups/${group}`}>Back to the group</Link> : <Link to="/meetups">Back to the meet-ups</Link>}
      </nav>
      <div className="page-head">
        <h1 id="new-meetup-title">Plan a meet-up</h1>
        <p className="lead">A coffee, a walk, a playgroup: you host it, under your own name.</p>
      </div>
      <SuspensionNotice me={me} id="new-meetup-suspended" />
      <MeetupForm
        initial={{ ...EMPTY_FIELDS, group }}
        submitLabel="Plan meet-up"
        busyLabel="Planning…"
        groupChoice={(value, onChange) => <GroupChoice value={value} onChange={onChange} />}
        onSubmit={create}
      />
    </section>
  );
}

/** The group the meet-up belongs to: none, or one the member belongs to (or came from). */
function GroupChoice({ value, onChange }: { value: string; onChange(slug: string): void }) {
  const id = useId();
  const [preset] = useState(value);
  const groups = $api.useQuery("get", "/api/v1/groups", { params: { query: { limit: 100 } } });
  const chosen = $api.useQuery(
    "get",
    "/api/v1/groups/{slug}",
    { params: { path: { slug: preset } } },
    { enabled: Boolean(preset) },
  );
  const options = (groups.data?.items ?? []).filter((group) => group.is_member || group.slug === preset);
  if (chosen.data && !options.some((group) => group.slug === chosen.data.slug)) options.unshift(chosen.data);
  return (
    <>
      <label htmlFor={`${id}-group`}>Group (optional)</label>
      <select id={`${id}-group`} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-hint`}>
        <option value="">No group</option>
        {preset && !options.some((group) => group.slug === preset) && <option value={preset}>{preset}</option>}
        {options.map((group) => (
          <option key={group.slug} value={group.slug}>
            {group.name}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        Its discussion then goes in the group’s threads.
      </p>
    </>
  );
}

function fieldsOf(meetup: Meetup): MeetupFields {
  return {
    title: meetup.title,
    kind: meetup.kind,
    starts: toLocalInput(meetup.starts_at),
    ends: toLocalInput(meetup.ends_at),
    area: meetup.area,
    venue: meetup.venue ?? "",
    capacity: meetup.capacity === null ? "" : String(meetup.capacity),
    requiresApproval: meetup.requires_approval,
    group: meetup.group?.slug ?? "",
    description: meetup.description,
  };
}

/** Only what changed, as PATCH /meetups/{id} takes it (capacity null: no limit). */
export function changesOf(before: MeetupPayload, after: MeetupPayload) {
  const changes: Partial<Omit<MeetupPayload, "group">> = {};
  const keys = ["title", "kind", "starts_at", "ends_at", "area", "venue", "capacity", "requires_approval", "description"] as const;
  for (const key of keys) {
    const same =
      key === "starts_at" || key === "ends_at"
        ? (before[key] && new Date(before[key]).getTime()) === (after[key] && new Date(after[key]).getTime())
        : before[key] === after[key];
    if (!same) (changes as Record<string, unknown>)[key] = after[key];
  }
  return changes;
}

export function EditMeetupPage() {
  const { meetupId = "" } = useParams();
  const { me, loading } = useAuth();
  const id = Number(meetupId);
  const valid = /^\d{1,15}$/.test(meetupId);
  const query = $api.useQuery("get", "/api/v1/meetups/{meetup_id}", { params: { path: { meetup_id: id } } }, { enabled: valid });

  useEffect(() => {
    document.title = "Change the meet-up · Village";
  }, []);

  if (!loading && !me) return signInFirst(`/meetups/${meetupId}/edit`);
  if (!valid) {
    return (
      <section>
        <h1>Meet-up not found</h1>
        <p className="error" role="alert">
          There is no meet-up at this address.
        </p>
      </section>
    );
  }
  if (query.error) {
    return (
      <section>
        <h1>Change the meet-up</h1>
        <ErrorMessage error={query.error} />
      </section>
    );
  }
  if (!me || !query.data) return <Loading what="Loading the meet-up" />;
  return <EditMeetup meetup={query.data} />;
}

function EditMeetup({ meetup }: { meetup: Meetup }) {
  const { me, isModerator } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const initial = fieldsOf(meetup);
  const mayEdit = me?.id === meetup.host.id || isModerator;

  async function save(payload: MeetupPayload) {
    const before: MeetupPayload = {
      title: meetup.title,
      kind: meetup.kind,
      starts_at: meetup.starts_at,
      ends_at: meetup.ends_at,
      area: meetup.area,
      venue: meetup.venue ?? "",
      capacity: meetup.capacity,
      requires_approval: meetup.requires_approval,
      group: meetup.group?.slug ?? null,
      description: meetup.description,
    };
    const changes = changesOf(before, payload);
    if (Object.keys(changes).length > 0) {
      const saved = await call(
        api.PATCH("/api/v1/meetups/{meetup_id}", { params: { path: { meetup_id: meetup.id } }, body: changes }),
      );
      client.setQueryData(meetupKey(meetup.id), saved);
      refreshMeetup(client, meetup.id);
    }
    navigate(`/meetups/${meetup.id}`);
  }

  return (
    <section aria-labelledby="edit-meetup-title" className="meetup-form-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/meetups/${meetup.id}`}>Back to the meet-up</Link>
      </nav>
      <div className="page-head">
        <h1 id="edit-meetup-title">Change the meet-up</h1>
        <p className="lead">Everyone who answered is told when the time or the place changes.</p>
      </div>
      {meetup.is_cancelled ? (
        <p className="notice">This meet-up was cancelled: it can’t be changed any more.</p>
      ) : !mayEdit ? (
        <p className="error" role="alert">
          Only the host or a moderator can change this meet-up.
        </p>
      ) : (
        <MeetupForm initial={initial} submitLabel="Save changes" busyLabel="Saving…" onSubmit={save} />
      )}
    </section>
  );
}
