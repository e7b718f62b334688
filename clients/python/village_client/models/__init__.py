"""Contains all the data models used in inputs/outputs"""

from .accepted import Accepted
from .already_flagged_problem import AlreadyFlaggedProblem
from .already_flagged_problem_status import AlreadyFlaggedProblemStatus
from .already_flagged_problem_type import AlreadyFlaggedProblemType
from .area_read import AreaRead
from .attendee_page import AttendeePage
from .attendee_read import AttendeeRead
from .attendee_read_status import AttendeeReadStatus
from .audit_action import AuditAction
from .audit_entry_page import AuditEntryPage
from .audit_entry_read import AuditEntryRead
from .audit_target import AuditTarget
from .bad_search_problem import BadSearchProblem
from .bad_search_problem_status import BadSearchProblemStatus
from .bad_search_problem_type import BadSearchProblemType
from .block_page import BlockPage
from .block_read import BlockRead
from .calendar_key_not_found_problem import CalendarKeyNotFoundProblem
from .calendar_key_not_found_problem_status import CalendarKeyNotFoundProblemStatus
from .calendar_key_not_found_problem_type import CalendarKeyNotFoundProblemType
from .calendar_key_read import CalendarKeyRead
from .cannot_block_staff_problem import CannotBlockStaffProblem
from .cannot_block_staff_problem_status import CannotBlockStaffProblemStatus
from .cannot_block_staff_problem_type import CannotBlockStaffProblemType
from .cannot_block_yourself_problem import CannotBlockYourselfProblem
from .cannot_block_yourself_problem_status import CannotBlockYourselfProblemStatus
from .cannot_block_yourself_problem_type import CannotBlockYourselfProblemType
from .capacity_below_going_problem import CapacityBelowGoingProblem
from .capacity_below_going_problem_status import CapacityBelowGoingProblemStatus
from .capacity_below_going_problem_type import CapacityBelowGoingProblemType
from .category_create import CategoryCreate
from .category_exists_problem import CategoryExistsProblem
from .category_exists_problem_status import CategoryExistsProblemStatus
from .category_exists_problem_type import CategoryExistsProblemType
from .category_kind import CategoryKind
from .category_read import CategoryRead
from .category_update import CategoryUpdate
from .claimed_problem import ClaimedProblem
from .claimed_problem_status import ClaimedProblemStatus
from .claimed_problem_type import ClaimedProblemType
from .delivery_page import DeliveryPage
from .delivery_read import DeliveryRead
from .demote_first_problem import DemoteFirstProblem
from .demote_first_problem_status import DemoteFirstProblemStatus
from .demote_first_problem_type import DemoteFirstProblemType
from .duplicate_post_problem import DuplicatePostProblem
from .duplicate_post_problem_status import DuplicatePostProblemStatus
from .duplicate_post_problem_type import DuplicatePostProblemType
from .email_already_verified_problem import EmailAlreadyVerifiedProblem
from .email_already_verified_problem_status import EmailAlreadyVerifiedProblemStatus
from .email_already_verified_problem_type import EmailAlreadyVerifiedProblemType
from .email_taken_problem import EmailTakenProblem
from .email_taken_problem_status import EmailTakenProblemStatus
from .email_taken_problem_type import EmailTakenProblemType
from .email_unverified_problem import EmailUnverifiedProblem
from .email_unverified_problem_status import EmailUnverifiedProblemStatus
from .email_unverified_problem_type import EmailUnverifiedProblemType
from .email_verification import EmailVerification
from .event_kind import EventKind
from .flag_create import FlagCreate
from .flag_read import FlagRead
from .flag_reason import FlagReason
from .flag_status import FlagStatus
from .forbidden_problem import ForbiddenProblem
from .forbidden_problem_status import ForbiddenProblemStatus
from .forbidden_problem_type import ForbiddenProblemType
from .group_create import GroupCreate
from .group_exists_problem import GroupExistsProblem
from .group_exists_problem_status import GroupExistsProblemStatus
from .group_exists_problem_type import GroupExistsProblemType
from .group_page import GroupPage
from .group_read import GroupRead
from .group_ref import GroupRef
from .hide_request import HideRequest
from .idempotency_in_flight_problem import IdempotencyInFlightProblem
from .idempotency_in_flight_problem_status import IdempotencyInFlightProblemStatus
from .idempotency_in_flight_problem_type import IdempotencyInFlightProblemType
from .idempotency_key_reused_problem import IdempotencyKeyReusedProblem
from .idempotency_key_reused_problem_status import IdempotencyKeyReusedProblemStatus
from .idempotency_key_reused_problem_type import IdempotencyKeyReusedProblemType
from .insufficient_scope_problem import InsufficientScopeProblem
from .insufficient_scope_problem_status import InsufficientScopeProblemStatus
from .insufficient_scope_problem_type import InsufficientScopeProblemType
from .internal_error_problem import InternalErrorProblem
from .internal_error_problem_status import InternalErrorProblemStatus
from .internal_error_problem_type import InternalErrorProblemType
from .invalid_credentials_problem import InvalidCredentialsProblem
from .invalid_credentials_problem_status import InvalidCredentialsProblemStatus
from .invalid_credentials_problem_type import InvalidCredentialsProblemType
from .invalid_cursor_problem import InvalidCursorProblem
from .invalid_cursor_problem_status import InvalidCursorProblemStatus
from .invalid_cursor_problem_type import InvalidCursorProblemType
from .invalid_refresh_token_problem import InvalidRefreshTokenProblem
from .invalid_refresh_token_problem_status import InvalidRefreshTokenProblemStatus
from .invalid_refresh_token_problem_type import InvalidRefreshTokenProblemType
from .invalid_reset_token_problem import InvalidResetTokenProblem
from .invalid_reset_token_problem_status import InvalidResetTokenProblemStatus
from .invalid_reset_token_problem_type import InvalidResetTokenProblemType
from .invalid_token_problem import InvalidTokenProblem
from .invalid_token_problem_status import InvalidTokenProblemStatus
from .invalid_token_problem_type import InvalidTokenProblemType
from .invalid_unsubscribe_link_problem import InvalidUnsubscribeLinkProblem
from .invalid_unsubscribe_link_problem_status import InvalidUnsubscribeLinkProblemStatus
from .invalid_unsubscribe_link_problem_type import InvalidUnsubscribeLinkProblemType
from .invalid_verification_token_problem import InvalidVerificationTokenProblem
from .invalid_verification_token_problem_status import (
    InvalidVerificationTokenProblemStatus,
)
from .invalid_verification_token_problem_type import InvalidVerificationTokenProblemType
from .invalid_webhook_url_problem import InvalidWebhookUrlProblem
from .invalid_webhook_url_problem_status import InvalidWebhookUrlProblemStatus
from .invalid_webhook_url_problem_type import InvalidWebhookUrlProblemType
from .job_status import JobStatus
from .leave_request import LeaveRequest
from .leave_request_posts import LeaveRequestPosts
from .list_rsvps_status_type_0 import ListRsvpsStatusType0
from .list_threads_sort import ListThreadsSort
from .malformed_json_problem import MalformedJsonProblem
from .malformed_json_problem_status import MalformedJsonProblemStatus
from .malformed_json_problem_type import MalformedJsonProblemType
from .mark_read_all import MarkReadAll
from .mark_read_ids import MarkReadIds
from .me_read import MeRead
from .me_update import MeUpdate
from .meetup_cancel import MeetupCancel
from .meetup_cancelled_problem import MeetupCancelledProblem
from .meetup_cancelled_problem_status import MeetupCancelledProblemStatus
from .meetup_cancelled_problem_type import MeetupCancelledProblemType
from .meetup_create import MeetupCreate
from .meetup_kind import MeetupKind
from .meetup_page import MeetupPage
from .meetup_past_problem import MeetupPastProblem
from .meetup_past_problem_status import MeetupPastProblemStatus
from .meetup_past_problem_type import MeetupPastProblemType
from .meetup_read import MeetupRead
from .meetup_update import MeetupUpdate
from .member_export import MemberExport
from .member_suspension import MemberSuspension
from .my_flag_read import MyFlagRead
from .my_rsvp import MyRsvp
from .my_rsvp_status import MyRsvpStatus
from .new_member_limit_problem import NewMemberLimitProblem
from .new_member_limit_problem_status import NewMemberLimitProblemStatus
from .new_member_limit_problem_type import NewMemberLimitProblemType
from .new_member_limits import NewMemberLimits
from .not_authenticated_problem import NotAuthenticatedProblem
from .not_authenticated_problem_status import NotAuthenticatedProblemStatus
from .not_authenticated_problem_type import NotAuthenticatedProblemType
from .not_found_problem import NotFoundProblem
from .not_found_problem_status import NotFoundProblemStatus
from .not_found_problem_type import NotFoundProblemType
from .note_create import NoteCreate
from .note_read import NoteRead
from .nothing_to_resolve_problem import NothingToResolveProblem
from .nothing_to_resolve_problem_status import NothingToResolveProblemStatus
from .nothing_to_resolve_problem_type import NothingToResolveProblemType
from .notification_kind import NotificationKind
from .notification_page import NotificationPage
from .notification_post import NotificationPost
from .notification_read import NotificationRead
from .notification_read_action_type_0 import NotificationReadActionType0
from .notification_thread import NotificationThread
from .out_of_rank_problem import OutOfRankProblem
from .out_of_rank_problem_status import OutOfRankProblemStatus
from .out_of_rank_problem_type import OutOfRankProblemType
from .password_change import PasswordChange
from .password_reset_confirm import PasswordResetConfirm
from .password_reset_request import PasswordResetRequest
from .password_sign_in_required_problem import PasswordSignInRequiredProblem
from .password_sign_in_required_problem_status import (
    PasswordSignInRequiredProblemStatus,
)
from .password_sign_in_required_problem_type import PasswordSignInRequiredProblemType
from .payload_too_large_problem import PayloadTooLargeProblem
from .payload_too_large_problem_status import PayloadTooLargeProblemStatus
from .payload_too_large_problem_type import PayloadTooLargeProblemType
from .post_create import PostCreate
from .post_deleted_problem import PostDeletedProblem
from .post_deleted_problem_status import PostDeletedProblemStatus
from .post_deleted_problem_type import PostDeletedProblemType
from .post_erased_problem import PostErasedProblem
from .post_erased_problem_status import PostErasedProblemStatus
from .post_erased_problem_type import PostErasedProblemType
from .post_number_ref import PostNumberRef
from .post_page import PostPage
from .post_read import PostRead
from .post_read_hidden_by_type_0 import PostReadHiddenByType0
from .post_read_reactions import PostReadReactions
from .post_update import PostUpdate
from .preferences_read import PreferencesRead
from .preferences_read_default_subscription import PreferencesReadDefaultSubscription
from .preferences_read_email_digest import PreferencesReadEmailDigest
from .preferences_update import PreferencesUpdate
from .preferences_update_default_subscription_type_0 import (
    PreferencesUpdateDefaultSubscriptionType0,
)
from .preferences_update_email_digest_type_0 import PreferencesUpdateEmailDigestType0
from .problem import Problem
from .purpose import Purpose
from .queue_count import QueueCount
from .queue_item_page import QueueItemPage
from .queue_item_read import QueueItemRead
from .queue_thread import QueueThread
from .rate_limited_problem import RateLimitedProblem
from .rate_limited_problem_status import RateLimitedProblemStatus
from .rate_limited_problem_type import RateLimitedProblemType
from .reaction_kind import ReactionKind
from .reactions_read import ReactionsRead
from .reactions_read_reactions import ReactionsReadReactions
from .read_mark import ReadMark
from .refresh_request import RefreshRequest
from .register_request import RegisterRequest
from .render_request import RenderRequest
from .render_response import RenderResponse
from .request_header_fields_too_large_problem import RequestHeaderFieldsTooLargeProblem
from .request_header_fields_too_large_problem_status import (
    RequestHeaderFieldsTooLargeProblemStatus,
)
from .request_header_fields_too_large_problem_type import (
    RequestHeaderFieldsTooLargeProblemType,
)
from .resolve_request import ResolveRequest
from .resolve_request_action import ResolveRequestAction
from .revision_read import RevisionRead
from .role import Role
from .role_update import RoleUpdate
from .rsvp_not_pending_problem import RsvpNotPendingProblem
from .rsvp_not_pending_problem_status import RsvpNotPendingProblemStatus
from .rsvp_not_pending_problem_type import RsvpNotPendingProblemType
from .rsvp_read import RsvpRead
from .rsvp_read_status import RsvpReadStatus
from .rsvp_update import RsvpUpdate
from .rsvp_update_status import RsvpUpdateStatus
from .scope import Scope
from .scope_beyond_role_problem import ScopeBeyondRoleProblem
from .scope_beyond_role_problem_status import ScopeBeyondRoleProblemStatus
from .scope_beyond_role_problem_type import ScopeBeyondRoleProblemType
from .search_hit import SearchHit
from .search_hit_page import SearchHitPage
from .search_thread import SearchThread
from .service_unavailable_problem import ServiceUnavailableProblem
from .service_unavailable_problem_status import ServiceUnavailableProblemStatus
from .service_unavailable_problem_type import ServiceUnavailableProblemType
from .subscription_choice import SubscriptionChoice
from .subscription_level import SubscriptionLevel
from .suspended_member import SuspendedMember
from .suspended_problem import SuspendedProblem
from .suspended_problem_status import SuspendedProblemStatus
from .suspended_problem_type import SuspendedProblemType
from .suspension_read import SuspensionRead
from .suspension_request import SuspensionRequest
from .thread_category_ref import ThreadCategoryRef
from .thread_created import ThreadCreated
from .thread_locked_problem import ThreadLockedProblem
from .thread_locked_problem_status import ThreadLockedProblemStatus
from .thread_locked_problem_type import ThreadLockedProblemType
from .thread_not_movable_problem import ThreadNotMovableProblem
from .thread_not_movable_problem_status import ThreadNotMovableProblemStatus
from .thread_not_movable_problem_type import ThreadNotMovableProblemType
from .thread_page import ThreadPage
from .thread_read import ThreadRead
from .thread_update import ThreadUpdate
from .token_create import TokenCreate
from .token_created import TokenCreated
from .token_pair import TokenPair
from .token_read import TokenRead
from .token_request import TokenRequest
from .too_many_groups_problem import TooManyGroupsProblem
from .too_many_groups_problem_status import TooManyGroupsProblemStatus
from .too_many_groups_problem_type import TooManyGroupsProblemType
from .too_many_links_problem import TooManyLinksProblem
from .too_many_links_problem_status import TooManyLinksProblemStatus
from .too_many_links_problem_type import TooManyLinksProblemType
from .too_many_mentions_problem import TooManyMentionsProblem
from .too_many_mentions_problem_status import TooManyMentionsProblemStatus
from .too_many_mentions_problem_type import TooManyMentionsProblemType
from .too_many_streams_problem import TooManyStreamsProblem
from .too_many_streams_problem_status import TooManyStreamsProblemStatus
from .too_many_streams_problem_type import TooManyStreamsProblemType
from .unread_count import UnreadCount
from .unsubscribe_link import UnsubscribeLink
from .unsubscribe_link_gone_problem import UnsubscribeLinkGoneProblem
from .unsubscribe_link_gone_problem_status import UnsubscribeLinkGoneProblemStatus
from .unsubscribe_link_gone_problem_type import UnsubscribeLinkGoneProblemType
from .uri_too_long_problem import UriTooLongProblem
from .uri_too_long_problem_status import UriTooLongProblemStatus
from .uri_too_long_problem_type import UriTooLongProblemType
from .user_read import UserRead
from .user_ref import UserRef
from .username_taken_problem import UsernameTakenProblem
from .username_taken_problem_status import UsernameTakenProblemStatus
from .username_taken_problem_type import UsernameTakenProblemType
from .validation_error_item import ValidationErrorItem
from .validation_error_problem import ValidationErrorProblem
from .validation_error_problem_status import ValidationErrorProblemStatus
from .validation_error_problem_type import ValidationErrorProblemType
from .validation_problem import ValidationProblem
from .warning_create import WarningCreate
from .warning_read import WarningRead
from .webhook_create import WebhookCreate
from .webhook_create_webhook_event_kind import WebhookCreateWebhookEventKind
from .webhook_page import WebhookPage
from .webhook_read import WebhookRead
from .webhook_target_refused_problem import WebhookTargetRefusedProblem
from .webhook_target_refused_problem_status import WebhookTargetRefusedProblemStatus
from .webhook_target_refused_problem_type import WebhookTargetRefusedProblemType
from .withheld_data import WithheldData
from .wrong_password_problem import WrongPasswordProblem
from .wrong_password_problem_status import WrongPasswordProblemStatus
from .wrong_password_problem_type import WrongPasswordProblemType

__all__ = (
    "Accepted",
    "AlreadyFlaggedProblem",
    "AlreadyFlaggedProblemStatus",
    "AlreadyFlaggedProblemType",
    "AreaRead",
    "AttendeePage",
    "AttendeeRead",
    "AttendeeReadStatus",
    "AuditAction",
    "AuditEntryPage",
    "AuditEntryRead",
    "AuditTarget",
    "BadSearchProblem",
    "BadSearchProblemStatus",
    "BadSearchProblemType",
    "BlockPage",
    "BlockRead",
    "CalendarKeyNotFoundProblem",
    "CalendarKeyNotFoundProblemStatus",
    "CalendarKeyNotFoundProblemType",
    "CalendarKeyRead",
    "CannotBlockStaffProblem",
    "CannotBlockStaffProblemStatus",
    "CannotBlockStaffProblemType",
    "CannotBlockYourselfProblem",
    "CannotBlockYourselfProblemStatus",
    "CannotBlockYourselfProblemType",
    "CapacityBelowGoingProblem",
    "CapacityBelowGoingProblemStatus",
    "CapacityBelowGoingProblemType",
    "CategoryCreate",
    "CategoryExistsProblem",
    "CategoryExistsProblemStatus",
    "CategoryExistsProblemType",
    "CategoryKind",
    "CategoryRead",
    "CategoryUpdate",
    "ClaimedProblem",
    "ClaimedProblemStatus",
    "ClaimedProblemType",
    "DeliveryPage",
    "DeliveryRead",
    "DemoteFirstProblem",
    "DemoteFirstProblemStatus",
    "DemoteFirstProblemType",
    "DuplicatePostProblem",
    "DuplicatePostProblemStatus",
    "DuplicatePostProblemType",
    "EmailAlreadyVerifiedProblem",
    "EmailAlreadyVerifiedProblemStatus",
    "EmailAlreadyVerifiedProblemType",
    "EmailTakenProblem",
    "EmailTakenProblemStatus",
    "EmailTakenProblemType",
    "EmailUnverifiedProblem",
    "EmailUnverifiedProblemStatus",
    "EmailUnverifiedProblemType",
    "EmailVerification",
    "EventKind",
    "FlagCreate",
    "FlagRead",
    "FlagReason",
    "FlagStatus",
    "ForbiddenProblem",
    "ForbiddenProblemStatus",
    "ForbiddenProblemType",
    "GroupCreate",
    "GroupExistsProblem",
    "GroupExistsProblemStatus",
    "GroupExistsProblemType",
    "GroupPage",
    "GroupRead",
    "GroupRef",
    "HideRequest",
    "IdempotencyInFlightProblem",
    "IdempotencyInFlightProblemStatus",
    "IdempotencyInFlightProblemType",
    "IdempotencyKeyReusedProblem",
    "IdempotencyKeyReusedProblemStatus",
    "IdempotencyKeyReusedProblemType",
    "InsufficientScopeProblem",
    "InsufficientScopeProblemStatus",
    "InsufficientScopeProblemType",
    "InternalErrorProblem",
    "InternalErrorProblemStatus",
    "InternalErrorProblemType",
    "InvalidCredentialsProblem",
    "InvalidCredentialsProblemStatus",
    "InvalidCredentialsProblemType",
    "InvalidCursorProblem",
    "InvalidCursorProblemStatus",
    "InvalidCursorProblemType",
    "InvalidRefreshTokenProblem",
    "InvalidRefreshTokenProblemStatus",
    "InvalidRefreshTokenProblemType",
    "InvalidResetTokenProblem",
    "InvalidResetTokenProblemStatus",
    "InvalidResetTokenProblemType",
    "InvalidTokenProblem",
    "InvalidTokenProblemStatus",
    "InvalidTokenProblemType",
    "InvalidUnsubscribeLinkProblem",
    "InvalidUnsubscribeLinkProblemStatus",
    "InvalidUnsubscribeLinkProblemType",
    "InvalidVerificationTokenProblem",
    "InvalidVerificationTokenProblemStatus",
    "InvalidVerificationTokenProblemType",
    "InvalidWebhookUrlProblem",
    "InvalidWebhookUrlProblemStatus",
    "InvalidWebhookUrlProblemType",
    "JobStatus",
    "LeaveRequest",
    "LeaveRequestPosts",
    "ListRsvpsStatusType0",
    "ListThreadsSort",
    "MalformedJsonProblem",
    "MalformedJsonProblemStatus",
    "MalformedJsonProblemType",
    "MarkReadAll",
    "MarkReadIds",
    "MeetupCancel",
    "MeetupCancelledProblem",
    "MeetupCancelledProblemStatus",
    "MeetupCancelledProblemType",
    "MeetupCreate",
    "MeetupKind",
    "MeetupPage",
    "MeetupPastProblem",
    "MeetupPastProblemStatus",
    "MeetupPastProblemType",
    "MeetupRead",
    "MeetupUpdate",
    "MemberExport",
    "MemberSuspension",
    "MeRead",
    "MeUpdate",
    "MyFlagRead",
    "MyRsvp",
    "MyRsvpStatus",
    "NewMemberLimitProblem",
    "NewMemberLimitProblemStatus",
    "NewMemberLimitProblemType",
    "NewMemberLimits",
    "NotAuthenticatedProblem",
    "NotAuthenticatedProblemStatus",
    "NotAuthenticatedProblemType",
    "NoteCreate",
    "NoteRead",
    "NotFoundProblem",
    "NotFoundProblemStatus",
    "NotFoundProblemType",
    "NothingToResolveProblem",
    "NothingToResolveProblemStatus",
    "NothingToResolveProblemType",
    "NotificationKind",
    "NotificationPage",
    "NotificationPost",
    "NotificationRead",
    "NotificationReadActionType0",
    "NotificationThread",
    "OutOfRankProblem",
    "OutOfRankProblemStatus",
    "OutOfRankProblemType",
    "PasswordChange",
    "PasswordResetConfirm",
    "PasswordResetRequest",
    "PasswordSignInRequiredProblem",
    "PasswordSignInRequiredProblemStatus",
    "PasswordSignInRequiredProblemType",
    "PayloadTooLargeProblem",
    "PayloadTooLargeProblemStatus",
    "PayloadTooLargeProblemType",
    "PostCreate",
    "PostDeletedProblem",
    "PostDeletedProblemStatus",
    "PostDeletedProblemType",
    "PostErasedProblem",
    "PostErasedProblemStatus",
    "PostErasedProblemType",
    "PostNumberRef",
    "PostPage",
    "PostRead",
    "PostReadHiddenByType0",
    "PostReadReactions",
    "PostUpdate",
    "PreferencesRead",
    "PreferencesReadDefaultSubscription",
    "PreferencesReadEmailDigest",
    "PreferencesUpdate",
    "PreferencesUpdateDefaultSubscriptionType0",
    "PreferencesUpdateEmailDigestType0",
    "Problem",
    "Purpose",
    "QueueCount",
    "QueueItemPage",
    "QueueItemRead",
    "QueueThread",
    "RateLimitedProblem",
    "RateLimitedProblemStatus",
    "RateLimitedProblemType",
    "ReactionKind",
    "ReactionsRead",
    "ReactionsReadReactions",
    "ReadMark",
    "RefreshRequest",
    "RegisterRequest",
    "RenderRequest",
    "RenderResponse",
    "RequestHeaderFieldsTooLargeProblem",
    "RequestHeaderFieldsTooLargeProblemStatus",
    "RequestHeaderFieldsTooLargeProblemType",
    "ResolveRequest",
    "ResolveRequestAction",
    "RevisionRead",
    "Role",
    "RoleUpdate",
    "RsvpNotPendingProblem",
    "RsvpNotPendingProblemStatus",
    "RsvpNotPendingProblemType",
    "RsvpRead",
    "RsvpReadStatus",
    "RsvpUpdate",
    "RsvpUpdateStatus",
    "Scope",
    "ScopeBeyondRoleProblem",
    "ScopeBeyondRoleProblemStatus",
    "ScopeBeyondRoleProblemType",
    "SearchHit",
    "SearchHitPage",
    "SearchThread",
    "ServiceUnavailableProblem",
    "ServiceUnavailableProblemStatus",
    "ServiceUnavailableProblemType",
    "SubscriptionChoice",
    "SubscriptionLevel",
    "SuspendedMember",
    "SuspendedProblem",
    "SuspendedProblemStatus",
    "SuspendedProblemType",
    "SuspensionRead",
    "SuspensionRequest",
    "ThreadCategoryRef",
    "ThreadCreated",
    "ThreadLockedProblem",
    "ThreadLockedProblemStatus",
    "ThreadLockedProblemType",
    "ThreadNotMovableProblem",
    "ThreadNotMovableProblemStatus",
    "ThreadNotMovableProblemType",
    "ThreadPage",
    "ThreadRead",
    "ThreadUpdate",
    "TokenCreate",
    "TokenCreated",
    "TokenPair",
    "TokenRead",
    "TokenRequest",
    "TooManyGroupsProblem",
    "TooManyGroupsProblemStatus",
    "TooManyGroupsProblemType",
    "TooManyLinksProblem",
    "TooManyLinksProblemStatus",
    "TooManyLinksProblemType",
    "TooManyMentionsProblem",
    "TooManyMentionsProblemStatus",
    "TooManyMentionsProblemType",
    "TooManyStreamsProblem",
    "TooManyStreamsProblemStatus",
    "TooManyStreamsProblemType",
    "UnreadCount",
    "UnsubscribeLink",
    "UnsubscribeLinkGoneProblem",
    "UnsubscribeLinkGoneProblemStatus",
    "UnsubscribeLinkGoneProblemType",
    "UriTooLongProblem",
    "UriTooLongProblemStatus",
    "UriTooLongProblemType",
    "UsernameTakenProblem",
    "UsernameTakenProblemStatus",
    "UsernameTakenProblemType",
    "UserRead",
    "UserRef",
    "ValidationErrorItem",
    "ValidationErrorProblem",
    "ValidationErrorProblemStatus",
    "ValidationErrorProblemType",
    "ValidationProblem",
    "WarningCreate",
    "WarningRead",
    "WebhookCreate",
    "WebhookCreateWebhookEventKind",
    "WebhookPage",
    "WebhookRead",
    "WebhookTargetRefusedProblem",
    "WebhookTargetRefusedProblemStatus",
    "WebhookTargetRefusedProblemType",
    "WithheldData",
    "WrongPasswordProblem",
    "WrongPasswordProblemStatus",
    "WrongPasswordProblemType",
)
