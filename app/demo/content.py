"""The demo community that `village seed-demo` writes: believable, warm, and small."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

DEMO_PASSWORD = "village-demo-2026"  # noqa: S105 - printed on purpose; demo accounts only

CATEGORIES = [
    ("pregnancy", "Pregnancy", "Bumps, scans, worries and cravings: from two lines to labour."),
    ("babies", "Babies 0–12 months", "The newborn fog and everything after it."),
    ("toddlers", "Toddlers", "Tantrums, first words, and the great vegetable standoff."),
    ("sleep", "Sleep", "Naps, night wakings, and what actually helped."),
    ("feeding", "Feeding", "Breast, bottle, combination, weaning: no judgement here."),
    (
        "wellbeing",
        "Wellbeing & mental health",
        "How are *you* doing? A gentle place for the hard days. Post anonymously if you need to.",
    ),
    ("meetups", "Local meet-ups", "Playgroups, coffee dates and park walks near you."),
    ("just-chat", "Just chat", "Anything else: the small wins, the funny moments, the tea."),
]


class Person(NamedTuple):
    username: str
    display_name: str
    bio: str
    role: str
    # How long ago they joined. Everyone but one has been here for months, so the demo's
    # members write freely instead of meeting the new-member limits (NEW_MEMBER_*) at once.
    joined_days_ago: int


# The one demo member who joined today: signed in as her, the composer shows the limits a
# new member has for the first NEW_MEMBER_HOURS (fewer threads and replies, fewer links).
NEW_MEMBER = "lou_new"

PEOPLE = [
    Person("admin", "Village admin", "I keep the lights on.", "admin", 400),
    Person(
        "maya_mod",
        "Maya (moderator)",
        "Mum of two, volunteer moderator. Be kind.",
        "moderator",
        380,
    ),
    Person(
        "sam_and_bea", "Sam", "First-time dad to Bea (5 months). Running on coffee.", "member", 150
    ),
    Person("priya_k", "Priya", "Twins! Leeds. Always up for a park walk.", "member", 320),
    Person("jo_bumpwatch", "Jo", "28 weeks with our first.", "member", 60),
    Person("tomasz", "Tomasz", "Stay-at-home dad, two toddlers, one dog.", "member", 210),
    Person("aisha_r", "Aisha", "Night feeds and audiobooks.", "member", 95),
    Person("grace_l", "Grace", "Grandmother of three, here to help where I can.", "member", 270),
    Person(
        NEW_MEMBER,
        "Lou",
        "Joined today, so I'm a new member: a few posting limits apply for my first day.",
        "member",
        0,
    ),
]


@dataclass
class DemoThread:
    category: str
    author: str
    title: str
    body: str
    replies: list[tuple[str, str]] = field(default_factory=list)
    anonymous: bool = False
    content_warning: str | None = None
    reactions: list[tuple[str, str]] = field(default_factory=list)  # (username, kind) on post 1
    pinned: bool = False


THREADS = [
    DemoThread(
        "just-chat",
        "maya_mod",
        "Welcome to Village: start here",
        "Hello and welcome! This is a place for parents to find each other.\n\n"
        "- Be kind: everyone here is tired.\n"
        "- Use **Report** if something worries you; a moderator will look.\n"
        "- You can post **anonymously** in any thread. Only you and the moderators can see "
        "who wrote an anonymous post.\n\nSay hello below!",
        replies=[
            ("sam_and_bea", "Hi all! Sam here, dad to a very loud five-month-old."),
            ("priya_k", "Hello from Leeds 👋 Twins, 14 months, send coffee."),
            ("grace_l", "Lovely to see this. Ask me anything about cloth nappies, I'm ancient."),
            (
                NEW_MEMBER,
                "Hi, I'm Lou! I only joined today (so I'm a \"new member\" for now), "
                "expecting our first in the spring.",
            ),
        ],
        reactions=[("sam_and_bea", "heart"), ("priya_k", "heart"), ("tomasz", "thanks")],
        pinned=True,
    ),
    DemoThread(
        "sleep",
        "sam_and_bea",
        "Four month sleep regression: is this forever?",
        "Bea slept 6 hour stretches at 10 weeks. Now she's up every 90 minutes. "
        "We've tried a later bedtime, an earlier bedtime, white noise. "
        "Does this end? What helped you?",
        replies=[
            ("aisha_r", "It ends! For us it was about three weeks. Darkening the room helped."),
            (
                "grace_l",
                "It's a developmental leap, not something you did wrong. Take turns with "
                "nights if you can, so each of you gets one long sleep.",
            ),
            ("tomasz", "Same here with our youngest. Week two was the worst, then it eased."),
            ("sam_and_bea", "Thank you all, honestly just knowing it's normal helps."),
        ],
        reactions=[("aisha_r", "same"), ("tomasz", "hug"), ("priya_k", "same")],
    ),
    DemoThread(
        "wellbeing",
        "aisha_r",
        "I don't feel like myself since the baby came",
        "I love my son but most days I feel flat and like I'm just getting through. "
        "I cry in the shower so nobody sees. Is this normal or should I talk to someone?",
        anonymous=True,
        content_warning="postnatal depression",
        replies=[
            (
                "maya_mod",
                "Thank you for sharing this, it takes courage. What you describe is worth "
                "talking to your GP or health visitor about: postnatal depression is common "
                "and treatable. If you ever feel unsafe, please call your local emergency "
                "number. You're not alone here. 💛",
            ),
            (
                "grace_l",
                "I felt exactly like this after my second. Talking to my GP was the best "
                "thing I did. Be gentle with yourself.",
            ),
        ],
        reactions=[("grace_l", "hug"), ("priya_k", "hug"), ("jo_bumpwatch", "hug")],
    ),
    DemoThread(
        "pregnancy",
        "jo_bumpwatch",
        "Hospital bag: what did you actually use?",
        "28 weeks and the lists online are enormous. What did you *actually* use?",
        replies=[
            ("priya_k", "Long phone charger. Lip balm. Snacks for your partner. Done."),
            ("aisha_r", "Dark towels and your own pillow. And flip-flops for the shower."),
        ],
        reactions=[("grace_l", "thanks")],
    ),
    DemoThread(
        "toddlers",
        "tomasz",
        "The great broccoli standoff of 2026",
        "My three-year-old has declared all green food 'spicy'. Tips welcome, sanity optional.",
        replies=[
            ("priya_k", "Ours eats anything if it's called a dinosaur tree. 🦕"),
            ("grace_l", "Keep offering, no pressure. Tastes change, I promise."),
        ],
        reactions=[("sam_and_bea", "laugh"), ("priya_k", "laugh")],
    ),
    DemoThread(
        "feeding",
        "priya_k",
        "Combination feeding twins without losing my mind",
        "We do breast plus a bottle at night so my partner can take a feed. "
        "Anyone else doing this? How do you keep track of who had what?",
        replies=[
            ("aisha_r", "A shared note on our phones with times. Low-tech but it works."),
        ],
    ),
    DemoThread(
        "meetups",
        "priya_k",
        "Leeds North: Thursday park walk with buggies?",
        "Roundhay Park, Thursdays 10:30 by the café. All welcome, any age of little one.",
        replies=[
            ("sam_and_bea", "We're in! Bea will probably nap the whole time."),
            ("tomasz", "Might bring the two-year-old on his scooter."),
        ],
        reactions=[("sam_and_bea", "heart")],
    ),
    DemoThread(
        "babies",
        "sam_and_bea",
        "Small win: first proper laugh today",
        "She laughed at the dog sneezing. I've replayed the video forty times.",
        replies=[("grace_l", "The best sound in the world. Enjoy every bit.")],
        reactions=[("grace_l", "heart"), ("priya_k", "heart"), ("aisha_r", "heart")],
    ),
]


# Local groups and meet-ups (issue 13)

# Demo times are London times (the demo community is in the UK), made UTC when seeded.
DEMO_TIME_ZONE = "Europe/London"


class DemoGroup(NamedTuple):
    name: str
    area: str
    description: str
    creator: str
    members: list[str]  # besides the creator, who is its first member


GROUPS = [
    DemoGroup(
        "Leeds North parents",
        "Leeds North",
        "Roundhay, Chapel Allerton, Moortown and around: buggy walks, playgroups and coffee.",
        "priya_k",
        ["sam_and_bea", "tomasz", "grace_l"],
    ),
    DemoGroup(
        "Hackney mums & dads",
        "Hackney",
        "For parents in and around Hackney. New faces always welcome, bumps included.",
        "aisha_r",
        ["jo_bumpwatch", "grace_l", NEW_MEMBER],
    ),
    DemoGroup(
        "Bristol dads",
        "Bristol",
        "Dads (and anyone else) in Bristol: park walks, coffee and the odd Saturday swim.",
        "tomasz",
        ["sam_and_bea"],
    ),
]


class DemoWhen(NamedTuple):
    """A start relative to the day of seeding: `days` ahead, or the next `weekday` (Monday
    is 0) after today; at `hour`:`minute` London time."""

    hour: int
    minute: int = 0
    days: int | None = None
    weekday: int | None = None


@dataclass
class DemoMeetup:
    title: str
    kind: str
    host: str
    when: DemoWhen
    hours: float
    venue: str
    area: str
    group: str | None  # a DemoGroup's name
    description: str = ""
    capacity: int | None = None
    requires_approval: bool = False
    # (username, status) in the order they answer: "going" past capacity joins the waitlist,
    # and waits for the host's yes when the meet-up requires approval.
    rsvps: list[tuple[str, str]] = field(default_factory=list)
    approved: list[str] = field(default_factory=list)  # by the host, after the answers


MONDAY, THURSDAY, SATURDAY = 0, 3, 5

MEETUPS = [
    DemoMeetup(
        "Coffee and a catch-up at the park café",
        "coffee",
        "priya_k",
        DemoWhen(10, days=1),
        1.5,
        "Roundhay Park café, by the lake (Princes Avenue entrance)",
        "Leeds North",
        "Leeds North parents",
        "Tired-parent coffee: come as you are, babies and buggies welcome. I'll be the one "
        "with twins and a flask.",
        capacity=10,
        rsvps=[("sam_and_bea", "going"), ("grace_l", "going"), ("tomasz", "maybe")],
    ),
    DemoMeetup(
        "Thursday playgroup",
        "playgroup",
        "aisha_r",
        DemoWhen(9, 30, weekday=THURSDAY),
        2,
        "St Augustine's church hall, Mare Street (ring the side door bell)",
        "Hackney",
        "Hackney mums & dads",
        "Toys, songs at 10:30 and a lot of tea. Under-fives and their grown-ups, any age "
        "welcome. £1 towards the biscuits if you can.",
        capacity=15,
        rsvps=[("grace_l", "going"), ("jo_bumpwatch", "going"), (NEW_MEMBER, "maybe")],
    ),
    DemoMeetup(
        "Saturday park walk with buggies",
        "park",
        "tomasz",
        DemoWhen(10, 30, weekday=SATURDAY),
        2,
        "Ashton Court, the main car park by the golf course",
        "Bristol",
        "Bristol dads",
        "An easy loop of about an hour, then coffee. Scooters and carriers welcome; the "
        "paths are buggy-friendly when dry.",
        rsvps=[("sam_and_bea", "going"), ("priya_k", "maybe")],
    ),
    DemoMeetup(
        "Evening video chat: the witching hour",
        "online",
        "maya_mod",
        DemoWhen(20, days=2),
        1,
        "Video call: the link is posted in the discussion an hour before",
        "Online",
        None,
        "Babies asleep (or not)? Join a relaxed video chat from the sofa. Cameras optional, "
        "pyjamas encouraged.",
        rsvps=[("aisha_r", "going"), ("jo_bumpwatch", "going"), (NEW_MEMBER, "maybe")],
    ),
    DemoMeetup(
        "Baby sensory taster (small room)",
        "class",
        "grace_l",
        DemoWhen(13, 30, days=4),
        1,
        "Chapel Allerton library, community room (first floor, lift available)",
        "Leeds North",
        "Leeds North parents",
        "Lights, bubbles and textures for babies up to 12 months. The room takes three "
        "families: the waitlist moves up if someone can't make it.",
        capacity=3,
        rsvps=[
            ("priya_k", "going"),
            ("sam_and_bea", "going"),
            ("aisha_r", "going"),
            ("tomasz", "going"),  # the meet-up is full: first on the waitlist
        ],
    ),
    DemoMeetup(
        "Dads' breakfast (ask to join)",
        "coffee",
        "sam_and_bea",
        DemoWhen(9, days=5),
        1.5,
        "Full Court Press café, Broad Street",
        "Bristol",
        "Bristol dads",
        "A small breakfast for dads new to the area. I say yes to each request so I know "
        "who to look out for.",
        capacity=6,
        requires_approval=True,
        rsvps=[("tomasz", "going"), ("priya_k", "maybe"), (NEW_MEMBER, "going")],
        approved=["tomasz"],
    ),
    DemoMeetup(
        "Toy and clothes swap",
        "other",
        "jo_bumpwatch",
        DemoWhen(14, weekday=MONDAY),
        2,
        "Hackney Central community centre, hall B",
        "Hackney",
        "Hackney mums & dads",
        "Bring what your little one has outgrown, take what you need. Leftovers go to the "
        "baby bank.",
        rsvps=[("grace_l", "going"), ("aisha_r", "maybe")],
    ),
]
