// The app shell: header, navigation and the routes of every screen.
import { useRef, useState, type KeyboardEvent } from "react";
import { Link, NavLink, Route, Routes, useLocation } from "react-router";

import { useAuth } from "./auth/AuthContext";
import { SignInLinks } from "./auth/SignInLinks";
import { useQueueCount } from "./components/mod/queueCount";
import { NotificationBell } from "./components/notifications/NotificationBell";
// The notifications and unsubscribe pages load on demand, in chunks of their own.
import { NotificationsPage, UnsubscribePage } from "./components/notifications/lazy";
import { PageNotice } from "./components/PageNotice";
import { HeaderSearch } from "./components/search/HeaderSearch";
// The search page loads on demand, in a chunk of its own.
import { SearchPage } from "./components/search/lazy";
import { SuspensionBanner } from "./components/SuspensionNotice";
// The groups screens load on demand, in chunks of their own.
import { GroupPage, GroupsPage } from "./groups/lazy";
// The meet-up screens load on demand, in chunks of their own.
import { EditMeetupPage, MeetupPage, MeetupsPage, NewMeetupPage } from "./meetups/lazy";
import { CategoryPage } from "./pages/CategoryPage";
import { ForgotPasswordPage } from "./pages/ForgotPasswordPage";
import { HomePage } from "./pages/HomePage";
// The moderators' screens load on demand, in chunks of their own (pages/mod/lazy.tsx).
import { AuditLogPage, CategoriesAdminPage, QueuePage } from "./pages/mod/lazy";
import { NewThreadPage } from "./pages/NewThreadPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { ResetPasswordPage } from "./pages/ResetPasswordPage";
import { SettingsPage } from "./pages/SettingsPage";
import { SignInPage } from "./pages/SignInPage";
import { SignUpPage } from "./pages/SignUpPage";
import { ThreadPage } from "./pages/ThreadPage";
import { UserPage } from "./pages/UserPage";
import { VerifyEmailPage } from "./pages/VerifyEmailPage";

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main" className="page" tabIndex={-1}>
        <SuspensionBanner />
        <PageNotice />
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/c/:slug" element={<CategoryPage />} />
          <Route path="/t/:threadId" element={<ThreadPage />} />
          <Route path="/new" element={<NewThreadPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/:slug" element={<GroupPage />} />
          <Route path="/meetups" element={<MeetupsPage />} />
          <Route path="/meetups/new" element={<NewMeetupPage />} />
          <Route path="/meetups/:meetupId" element={<MeetupPage />} />
          <Route path="/meetups/:meetupId/edit" element={<EditMeetupPage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/verify-email" element={<VerifyEmailPage />} />
          <Route path="/u/:username" element={<UserPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/unsubscribe" element={<UnsubscribePage />} />
          <Route path="/mod/queue" element={<QueuePage />} />
          <Route path="/mod/log" element={<AuditLogPage />} />
          <Route path="/admin/categories" element={<CategoriesAdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}

function Header() {
  const { me, isModerator, isAdmin, signOut } = useAuth();
  const location = useLocation();
  const waiting = useQueueCount(isModerator);
  // The menu is open only at the address where it was opened: following a link closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const menuButton = useRef<HTMLButtonElement>(null);
  // Shown, not read: the links' labels say it in words.
  const badge = waiting ? (
    <span className="nav-count" aria-hidden="true">
      {waiting}
    </span>
  ) : null;

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    setOpenAt(null);
    menuButton.current?.focus();
  }

  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span>Village</span>
      </Link>
      {/* On phones the links fold behind a disclosure button; wider screens show them all. */}
      <nav aria-label="Main" className="site-nav" onKeyDown={closeOnEscape}>
        {me && <NotificationBell viewerId={me.id} />}
        <button
          type="button"
          ref={menuButton}
          className="menu-button secondary"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpenAt(open ? null : location.key)}
          aria-label={badge ? `Menu, ${waiting} waiting in the review queue` : undefined}
        >
          Menu
          {badge}
        </button>
        <div id="site-menu" className={`site-menu${open ? " is-open" : ""}`}>
          {isModerator && (
            <NavLink
              to="/mod/queue"
              aria-label={badge ? `Review queue, ${waiting} waiting` : undefined}
            >
              Review queue
              {badge}
            </NavLink>
          )}
          {isModerator && <NavLink to="/mod/log">Log</NavLink>}
          {isAdmin && <NavLink to="/admin/categories">Categories</NavLink>}
          {/* After the moderators' links: the queue stays the menu's first stop for them. */}
          <NavLink to="/meetups">Meet-ups</NavLink>
          <NavLink to="/groups">Groups</NavLink>
          {me ? (
            <>
              <NavLink to={`/u/${me.username}`}>{me.display_name}</NavLink>
              <NavLink to="/settings">Settings</NavLink>
              <button type="button" className="link-button" onClick={() => void signOut()}>
                Sign out
              </button>
            </>
          ) : (
            <SignInLinks />
          )}
          <HeaderSearch />
        </div>
      </nav>
    </header>
  );
}
