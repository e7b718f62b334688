// "Meet-ups near you": the upcoming meet-ups in the area this device remembers (or
// everywhere), soonest first, a page at a time; "This week" narrows them to the next seven
// days. Signed-in members can plan one.
import { useEffect, useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";

import { $api, itemsOf, keysetPaging, type KeysetPage } from "../api/query";
import { useAuth } from "../auth/AuthContext";
import { Empty, ErrorMessage, Loading, NextPage } from "../components/Status";
import { AreaField } from "../groups/AreaField";
import { rememberArea, rememberedArea } from "../meetups/area";
import { MeetupCard } from "../meetups/MeetupCard";
import { MEETUPS_PATH, type Meetup } from "../meetups/meetups";
import { thisWeek } from "../meetups/time";
import "../styles/meetups.css";

/** Meet-ups per page. */
const LIMIT = 20;

export function MeetupsPage() {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const week = params.get("when") === "week";
  const [area, setArea] = useState(rememberedArea);

  useEffect(() => {
    document.title = "Meet-ups near you · Village";
  }, []);

  function chooseArea(next: string) {
    rememberArea(next);
    setArea(rememberedArea());
  }

  return (
    <section aria-labelledby="meetups-title" className="meetups-page">
      <div className="page-head meetups-head">
        <div>
          <h1 id="meetups-title">Meet-ups near you</h1>
          <p className="lead">Playgroups, coffee, walks in the park: meet parents who live near you.</p>
        </div>
        {me ? (
          <Link to="/meetups/new" className="button plan-meetup">
            Plan a meet-up
          </Link>
        ) : (
          <p className="hint">
            <Link to={`/signin?next=${encodeURIComponent("/meetups")}`}>Sign in</Link> to say you’re going or to
            plan a meet-up.
          </p>
        )}
      </div>
      <AreaForm key={area} area={area} onChoose={chooseArea} />
      <div className="sort-toggle" role="group" aria-label="When">
        <button
          type="button"
          className="secondary"
          aria-pressed={!week}
          onClick={() => setParams({}, { replace: true })}
        >
          All upcoming
        </button>
        <button
          type="button"
          className="secondary"
          aria-pressed={week}
          onClick={() => setParams({ when: "week" }, { replace: true })}
        >
          This week
        </button>
      </div>
      <MeetupList key={`${area}\n${week}`} area={area} week={week} />
    </section>
  );
}

function AreaForm({ area, onChoose }: { area: string; onChoose(area: string): void }) {
  const id = useId();
  const [typed, setTyped] = useState(area);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose(typed);
  }

  return (
    <form className="area-form" onSubmit={submit}>
      <label htmlFor={`${id}-area`}>Your area</label>
      <div className="search-row">
        <AreaField
          id={`${id}-area`}
          value={typed}
          onChange={setTyped}
          maxLength={80}
          placeholder="e.g. Leeds North"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit">Show</button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        A town or neighbourhood. Remembered on this device only.
        {area && (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => onChoose("")}>
              Show everywhere
            </button>
          </>
        )}
      </p>
    </form>
  );
}

function MeetupList({ area, week }: { area: string; week: boolean }) {
  // The week starts when the list is opened (the key above makes a new one for each choice).
  const [range] = useState(() => (week ? thisWeek() : null));
  const query = $api.useInfiniteQuery(
    "get",
    MEETUPS_PATH,
    {
      params: {
        query: {
          limit: LIMIT,
          ...(area ? { area } : {}),
          ...(range ? { from: range.from, to: range.to } : {}),
        },
      },
    },
    keysetPaging,
  );
  const pages = query.data?.pages as KeysetPage<Meetup>[] | undefined;
  if (!pages) {
    return query.error ? <ErrorMessage error={query.error} /> : <Loading what="Loading meet-ups" />;
  }
  const meetups = itemsOf(pages, (meetup) => meetup.id);
  const where = area ? ` in ${area}` : "";

  return (
    <>
      {meetups.length === 0 ? (
        <Empty>
          {week ? `Nothing planned${where} this week.` : `No upcoming meet-ups${where} yet.`} Why not plan one? A
          coffee in a café is a lovely start.
        </Empty>
      ) : (
        <ul className="card-list meetup-list" aria-label={week ? `Meet-ups this week${where}` : `Upcoming meet-ups${where}`}>
          {meetups.map((meetup) => (
            <li key={meetup.id} className="card">
              <MeetupCard meetup={meetup} />
            </li>
          ))}
        </ul>
      )}
      <NextPage query={query} label="More meet-ups" />
    </>
  );
}
