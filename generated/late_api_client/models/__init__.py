"""Contains all the data models used in inputs/outputs

Models load lazily on first access: importing every model eagerly costs more than the rest of the
SDK's import together, and most programs touch only a few of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_cursor_pagination import AccountCursorPagination
    from .accounts_list_response import AccountsListResponse
    from .accounts_list_response_profile_totals import AccountsListResponseProfileTotals
    from .accounts_list_response_status_counts import AccountsListResponseStatusCounts
    from .bluesky_platform_data import BlueskyPlatformData
    from .bluesky_platform_data_thread_items_item import (
        BlueskyPlatformDataThreadItemsItem,
    )
    from .bulk_upload_posts_body import BulkUploadPostsBody
    from .bulk_upload_posts_response_402 import BulkUploadPostsResponse402
    from .bulk_upload_posts_response_429 import BulkUploadPostsResponse429
    from .bulk_upload_posts_response_429_details import (
        BulkUploadPostsResponse429Details,
    )
    from .bulk_upload_result import BulkUploadResult
    from .bulk_upload_result_rate_limited_accounts_item import (
        BulkUploadResultRateLimitedAccountsItem,
    )
    from .bulk_upload_result_results_item import BulkUploadResultResultsItem
    from .create_post_body import CreatePostBody
    from .create_post_body_metadata import CreatePostBodyMetadata
    from .create_post_body_platforms_item import CreatePostBodyPlatformsItem
    from .create_post_response_400 import CreatePostResponse400
    from .create_post_response_400_details import CreatePostResponse400Details
    from .create_post_response_403 import CreatePostResponse403
    from .create_post_response_403_code import CreatePostResponse403Code
    from .create_post_response_409 import CreatePostResponse409
    from .create_post_response_409_details import CreatePostResponse409Details
    from .create_post_response_429 import CreatePostResponse429
    from .create_post_response_429_details import CreatePostResponse429Details
    from .delete_post_response_404 import DeletePostResponse404
    from .discord_platform_data import DiscordPlatformData
    from .discord_platform_data_embeds_item import DiscordPlatformDataEmbedsItem
    from .discord_platform_data_embeds_item_author import (
        DiscordPlatformDataEmbedsItemAuthor,
    )
    from .discord_platform_data_embeds_item_fields_item import (
        DiscordPlatformDataEmbedsItemFieldsItem,
    )
    from .discord_platform_data_embeds_item_footer import (
        DiscordPlatformDataEmbedsItemFooter,
    )
    from .discord_platform_data_embeds_item_image import (
        DiscordPlatformDataEmbedsItemImage,
    )
    from .discord_platform_data_embeds_item_thumbnail import (
        DiscordPlatformDataEmbedsItemThumbnail,
    )
    from .discord_platform_data_poll import DiscordPlatformDataPoll
    from .discord_platform_data_poll_answers_item import (
        DiscordPlatformDataPollAnswersItem,
    )
    from .discord_platform_data_poll_answers_item_poll_media import (
        DiscordPlatformDataPollAnswersItemPollMedia,
    )
    from .discord_platform_data_poll_question import DiscordPlatformDataPollQuestion
    from .discord_platform_data_thread_from_message import (
        DiscordPlatformDataThreadFromMessage,
    )
    from .discord_platform_data_thread_from_message_auto_archive_duration import (
        DiscordPlatformDataThreadFromMessageAutoArchiveDuration,
    )
    from .edit_post_body import EditPostBody
    from .edit_post_body_platform import EditPostBodyPlatform
    from .edit_post_response_200 import EditPostResponse200
    from .edit_post_response_404 import EditPostResponse404
    from .error_response import ErrorResponse
    from .error_response_details import ErrorResponseDetails
    from .error_response_details_budget_scope import ErrorResponseDetailsBudgetScope
    from .error_response_details_created_objects_item import (
        ErrorResponseDetailsCreatedObjectsItem,
    )
    from .error_response_details_created_objects_item_cleanup import (
        ErrorResponseDetailsCreatedObjectsItemCleanup,
    )
    from .error_response_details_created_objects_item_type import (
        ErrorResponseDetailsCreatedObjectsItemType,
    )
    from .error_response_details_quota_scope import ErrorResponseDetailsQuotaScope
    from .error_response_details_stage import ErrorResponseDetailsStage
    from .error_response_details_unconfirmed_write import (
        ErrorResponseDetailsUnconfirmedWrite,
    )
    from .error_response_details_unconfirmed_write_type import (
        ErrorResponseDetailsUnconfirmedWriteType,
    )
    from .error_response_platform_error import ErrorResponsePlatformError
    from .error_response_type import ErrorResponseType
    from .external_post_summary import ExternalPostSummary
    from .external_post_summary_analytics import ExternalPostSummaryAnalytics
    from .external_post_summary_media_items_item import (
        ExternalPostSummaryMediaItemsItem,
    )
    from .facebook_platform_data import FacebookPlatformData
    from .facebook_platform_data_content_type import FacebookPlatformDataContentType
    from .facebook_settings import FacebookSettings
    from .facebook_settings_carousel_cards_item import FacebookSettingsCarouselCardsItem
    from .geo_restriction import GeoRestriction
    from .get_media_presigned_url_body import GetMediaPresignedUrlBody
    from .get_media_presigned_url_response_200 import GetMediaPresignedUrlResponse200
    from .get_post_response_404 import GetPostResponse404
    from .google_business_platform_data import GoogleBusinessPlatformData
    from .google_business_platform_data_call_to_action import (
        GoogleBusinessPlatformDataCallToAction,
    )
    from .google_business_platform_data_call_to_action_type import (
        GoogleBusinessPlatformDataCallToActionType,
    )
    from .google_business_platform_data_event import GoogleBusinessPlatformDataEvent
    from .google_business_platform_data_event_schedule import (
        GoogleBusinessPlatformDataEventSchedule,
    )
    from .google_business_platform_data_event_schedule_end_date import (
        GoogleBusinessPlatformDataEventScheduleEndDate,
    )
    from .google_business_platform_data_event_schedule_end_time import (
        GoogleBusinessPlatformDataEventScheduleEndTime,
    )
    from .google_business_platform_data_event_schedule_start_date import (
        GoogleBusinessPlatformDataEventScheduleStartDate,
    )
    from .google_business_platform_data_event_schedule_start_time import (
        GoogleBusinessPlatformDataEventScheduleStartTime,
    )
    from .google_business_platform_data_offer import GoogleBusinessPlatformDataOffer
    from .google_business_platform_data_topic_type import (
        GoogleBusinessPlatformDataTopicType,
    )
    from .instagram_platform_data import InstagramPlatformData
    from .instagram_platform_data_audio_configuration import (
        InstagramPlatformDataAudioConfiguration,
    )
    from .instagram_platform_data_content_type import InstagramPlatformDataContentType
    from .instagram_platform_data_trial_params import InstagramPlatformDataTrialParams
    from .instagram_platform_data_trial_params_graduation_strategy import (
        InstagramPlatformDataTrialParamsGraduationStrategy,
    )
    from .instagram_platform_data_user_tags_item import (
        InstagramPlatformDataUserTagsItem,
    )
    from .linked_in_mention_issue import LinkedInMentionIssue
    from .linked_in_mention_issue_code import LinkedInMentionIssueCode
    from .linked_in_platform_data import LinkedInPlatformData
    from .linked_in_platform_data_audience import LinkedInPlatformDataAudience
    from .linked_in_platform_data_audience_interface_locales_item import (
        LinkedInPlatformDataAudienceInterfaceLocalesItem,
    )
    from .linked_in_platform_data_audience_staff_count_ranges_item import (
        LinkedInPlatformDataAudienceStaffCountRangesItem,
    )
    from .linked_in_platform_data_poll import LinkedInPlatformDataPoll
    from .linked_in_platform_data_poll_duration import LinkedInPlatformDataPollDuration
    from .list_accounts_category import ListAccountsCategory
    from .list_accounts_order import ListAccountsOrder
    from .list_accounts_sort import ListAccountsSort
    from .list_accounts_status import ListAccountsStatus
    from .list_posts_sort_by import ListPostsSortBy
    from .list_posts_source import ListPostsSource
    from .list_posts_status import ListPostsStatus
    from .media_content_type import MediaContentType
    from .media_item import MediaItem
    from .media_item_type import MediaItemType
    from .media_subtitle import MediaSubtitle
    from .pagination import Pagination
    from .pin_post_request import PinPostRequest
    from .pin_post_response import PinPostResponse
    from .pin_post_response_404 import PinPostResponse404
    from .pinterest_platform_data import PinterestPlatformData
    from .platform_target import PlatformTarget
    from .platform_target_error_category import PlatformTargetErrorCategory
    from .platform_target_error_source import PlatformTargetErrorSource
    from .platform_target_platform_specific_data import (
        PlatformTargetPlatformSpecificData,
    )
    from .platform_target_trial_graduation_strategy import (
        PlatformTargetTrialGraduationStrategy,
    )
    from .post import Post
    from .post_create_response import PostCreateResponse
    from .post_delete_response import PostDeleteResponse
    from .post_get_response import PostGetResponse
    from .post_metadata import PostMetadata
    from .post_platform_error import PostPlatformError
    from .post_publish_incomplete_response import PostPublishIncompleteResponse
    from .post_publish_incomplete_response_platform_results_item import (
        PostPublishIncompleteResponsePlatformResultsItem,
    )
    from .post_retry_response import PostRetryResponse
    from .post_status import PostStatus
    from .post_update_response import PostUpdateResponse
    from .post_visibility import PostVisibility
    from .posts_list_response import PostsListResponse
    from .posts_list_response_pagination import PostsListResponsePagination
    from .prepare_media_body import PrepareMediaBody
    from .prepare_media_body_target import PrepareMediaBodyTarget
    from .prepare_media_response_200 import PrepareMediaResponse200
    from .prepare_media_response_200_media_type import PrepareMediaResponse200MediaType
    from .prepare_media_response_403 import PrepareMediaResponse403
    from .prepare_media_response_403_code import PrepareMediaResponse403Code
    from .prepare_media_response_403_required_group import (
        PrepareMediaResponse403RequiredGroup,
    )
    from .profile import Profile
    from .profiles_list_response import ProfilesListResponse
    from .recycling_config import RecyclingConfig
    from .recycling_config_gap_freq import RecyclingConfigGapFreq
    from .recycling_state import RecyclingState
    from .recycling_state_gap_freq import RecyclingStateGapFreq
    from .reddit_platform_data import RedditPlatformData
    from .retry_post_response_207 import RetryPostResponse207
    from .retry_post_response_402 import RetryPostResponse402
    from .retry_post_response_404 import RetryPostResponse404
    from .retry_post_response_429 import RetryPostResponse429
    from .retry_post_response_429_details import RetryPostResponse429Details
    from .review_post_body import ReviewPostBody
    from .review_post_body_decision import ReviewPostBodyDecision
    from .review_post_response_404 import ReviewPostResponse404
    from .slack_platform_data import SlackPlatformData
    from .snapchat_platform_data import SnapchatPlatformData
    from .snapchat_platform_data_content_type import SnapchatPlatformDataContentType
    from .social_account import SocialAccount
    from .social_account_metadata import SocialAccountMetadata
    from .social_account_platform import SocialAccountPlatform
    from .social_account_tiktok_account_type import SocialAccountTiktokAccountType
    from .sync_external_posts_body import SyncExternalPostsBody
    from .sync_external_posts_response_200 import SyncExternalPostsResponse200
    from .sync_external_posts_response_200_synced import (
        SyncExternalPostsResponse200Synced,
    )
    from .telegram_platform_data import TelegramPlatformData
    from .telegram_platform_data_parse_mode import TelegramPlatformDataParseMode
    from .threads_platform_data import ThreadsPlatformData
    from .threads_platform_data_thread_items_item import (
        ThreadsPlatformDataThreadItemsItem,
    )
    from .tik_tok_dry_run_verdict import TikTokDryRunVerdict
    from .tik_tok_dry_run_verdict_tiktok_item import TikTokDryRunVerdictTiktokItem
    from .tik_tok_platform_data import TikTokPlatformData
    from .tik_tok_platform_data_commercial_content_type import (
        TikTokPlatformDataCommercialContentType,
    )
    from .tik_tok_platform_data_media_type import TikTokPlatformDataMediaType
    from .tik_tok_platform_data_music_sound_info import TikTokPlatformDataMusicSoundInfo
    from .twitter_platform_data import TwitterPlatformData
    from .twitter_platform_data_poll import TwitterPlatformDataPoll
    from .twitter_platform_data_reply_settings import TwitterPlatformDataReplySettings
    from .twitter_platform_data_sensitive_media import TwitterPlatformDataSensitiveMedia
    from .twitter_platform_data_thread_items_item import (
        TwitterPlatformDataThreadItemsItem,
    )
    from .unpin_post_response_404 import UnpinPostResponse404
    from .unpublish_post_body import UnpublishPostBody
    from .unpublish_post_body_platform import UnpublishPostBodyPlatform
    from .unpublish_post_response_200 import UnpublishPostResponse200
    from .unpublish_post_response_404 import UnpublishPostResponse404
    from .update_post_body import UpdatePostBody
    from .update_post_body_metadata import UpdatePostBodyMetadata
    from .update_post_body_platforms_item import UpdatePostBodyPlatformsItem
    from .update_post_body_platforms_item_platform_specific_data import (
        UpdatePostBodyPlatformsItemPlatformSpecificData,
    )
    from .update_post_body_visibility import UpdatePostBodyVisibility
    from .update_post_metadata_body import UpdatePostMetadataBody
    from .update_post_metadata_body_platform import UpdatePostMetadataBodyPlatform
    from .update_post_metadata_body_privacy_status import (
        UpdatePostMetadataBodyPrivacyStatus,
    )
    from .update_post_metadata_response_200 import UpdatePostMetadataResponse200
    from .update_post_metadata_response_404 import UpdatePostMetadataResponse404
    from .update_post_response_404 import UpdatePostResponse404
    from .upload_media_direct_body import UploadMediaDirectBody
    from .upload_media_direct_response_200 import UploadMediaDirectResponse200
    from .user import User
    from .x_article import XArticle
    from .x_article_block import XArticleBlock
    from .x_article_block_data import XArticleBlockData
    from .x_article_block_type import XArticleBlockType
    from .x_article_content_state import XArticleContentState
    from .x_article_cover import XArticleCover
    from .x_article_entity_emoji import XArticleEntityEmoji
    from .x_article_entity_emoji_value import XArticleEntityEmojiValue
    from .x_article_entity_emoji_value_data import XArticleEntityEmojiValueData
    from .x_article_entity_emoji_value_mutability import (
        XArticleEntityEmojiValueMutability,
    )
    from .x_article_entity_image import XArticleEntityImage
    from .x_article_entity_image_value import XArticleEntityImageValue
    from .x_article_entity_image_value_data import XArticleEntityImageValueData
    from .x_article_entity_image_value_mutability import (
        XArticleEntityImageValueMutability,
    )
    from .x_article_entity_link import XArticleEntityLink
    from .x_article_entity_link_value import XArticleEntityLinkValue
    from .x_article_entity_link_value_data import XArticleEntityLinkValueData
    from .x_article_entity_link_value_mutability import (
        XArticleEntityLinkValueMutability,
    )
    from .x_article_entity_markdown import XArticleEntityMarkdown
    from .x_article_entity_markdown_value import XArticleEntityMarkdownValue
    from .x_article_entity_markdown_value_data import XArticleEntityMarkdownValueData
    from .x_article_entity_markdown_value_mutability import (
        XArticleEntityMarkdownValueMutability,
    )
    from .x_article_entity_post import XArticleEntityPost
    from .x_article_entity_post_value import XArticleEntityPostValue
    from .x_article_entity_post_value_data import XArticleEntityPostValueData
    from .x_article_entity_post_value_mutability import (
        XArticleEntityPostValueMutability,
    )
    from .x_article_entity_range import XArticleEntityRange
    from .x_article_entity_variant_6 import XArticleEntityVariant6
    from .x_article_entity_variant_6_value import XArticleEntityVariant6Value
    from .x_article_entity_variant_6_value_data import XArticleEntityVariant6ValueData
    from .x_article_entity_variant_6_value_mutability import (
        XArticleEntityVariant6ValueMutability,
    )
    from .x_article_entity_variant_6_value_type import XArticleEntityVariant6ValueType
    from .x_article_inline_style_range import XArticleInlineStyleRange
    from .x_article_inline_style_range_style import XArticleInlineStyleRangeStyle
    from .x_article_mode import XArticleMode
    from .x_article_text_range import XArticleTextRange
    from .you_tube_platform_data import YouTubePlatformData
    from .you_tube_platform_data_visibility import YouTubePlatformDataVisibility

_MODULE_OF: dict[str, str] = {
    "AccountCursorPagination": ".account_cursor_pagination",
    "AccountsListResponse": ".accounts_list_response",
    "AccountsListResponseProfileTotals": ".accounts_list_response_profile_totals",
    "AccountsListResponseStatusCounts": ".accounts_list_response_status_counts",
    "BlueskyPlatformData": ".bluesky_platform_data",
    "BlueskyPlatformDataThreadItemsItem": ".bluesky_platform_data_thread_items_item",
    "BulkUploadPostsBody": ".bulk_upload_posts_body",
    "BulkUploadPostsResponse402": ".bulk_upload_posts_response_402",
    "BulkUploadPostsResponse429": ".bulk_upload_posts_response_429",
    "BulkUploadPostsResponse429Details": ".bulk_upload_posts_response_429_details",
    "BulkUploadResult": ".bulk_upload_result",
    "BulkUploadResultRateLimitedAccountsItem": ".bulk_upload_result_rate_limited_accounts_item",
    "BulkUploadResultResultsItem": ".bulk_upload_result_results_item",
    "CreatePostBody": ".create_post_body",
    "CreatePostBodyMetadata": ".create_post_body_metadata",
    "CreatePostBodyPlatformsItem": ".create_post_body_platforms_item",
    "CreatePostResponse400": ".create_post_response_400",
    "CreatePostResponse400Details": ".create_post_response_400_details",
    "CreatePostResponse403": ".create_post_response_403",
    "CreatePostResponse403Code": ".create_post_response_403_code",
    "CreatePostResponse409": ".create_post_response_409",
    "CreatePostResponse409Details": ".create_post_response_409_details",
    "CreatePostResponse429": ".create_post_response_429",
    "CreatePostResponse429Details": ".create_post_response_429_details",
    "DeletePostResponse404": ".delete_post_response_404",
    "DiscordPlatformData": ".discord_platform_data",
    "DiscordPlatformDataEmbedsItem": ".discord_platform_data_embeds_item",
    "DiscordPlatformDataEmbedsItemAuthor": ".discord_platform_data_embeds_item_author",
    "DiscordPlatformDataEmbedsItemFieldsItem": ".discord_platform_data_embeds_item_fields_item",
    "DiscordPlatformDataEmbedsItemFooter": ".discord_platform_data_embeds_item_footer",
    "DiscordPlatformDataEmbedsItemImage": ".discord_platform_data_embeds_item_image",
    "DiscordPlatformDataEmbedsItemThumbnail": ".discord_platform_data_embeds_item_thumbnail",
    "DiscordPlatformDataPoll": ".discord_platform_data_poll",
    "DiscordPlatformDataPollAnswersItem": ".discord_platform_data_poll_answers_item",
    "DiscordPlatformDataPollAnswersItemPollMedia": ".discord_platform_data_poll_answers_item_poll_media",
    "DiscordPlatformDataPollQuestion": ".discord_platform_data_poll_question",
    "DiscordPlatformDataThreadFromMessage": ".discord_platform_data_thread_from_message",
    "DiscordPlatformDataThreadFromMessageAutoArchiveDuration": ".discord_platform_data_thread_from_message_auto_archive_duration",
    "EditPostBody": ".edit_post_body",
    "EditPostBodyPlatform": ".edit_post_body_platform",
    "EditPostResponse200": ".edit_post_response_200",
    "EditPostResponse404": ".edit_post_response_404",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetails": ".error_response_details",
    "ErrorResponseDetailsBudgetScope": ".error_response_details_budget_scope",
    "ErrorResponseDetailsCreatedObjectsItem": ".error_response_details_created_objects_item",
    "ErrorResponseDetailsCreatedObjectsItemCleanup": ".error_response_details_created_objects_item_cleanup",
    "ErrorResponseDetailsCreatedObjectsItemType": ".error_response_details_created_objects_item_type",
    "ErrorResponseDetailsQuotaScope": ".error_response_details_quota_scope",
    "ErrorResponseDetailsStage": ".error_response_details_stage",
    "ErrorResponseDetailsUnconfirmedWrite": ".error_response_details_unconfirmed_write",
    "ErrorResponseDetailsUnconfirmedWriteType": ".error_response_details_unconfirmed_write_type",
    "ErrorResponsePlatformError": ".error_response_platform_error",
    "ErrorResponseType": ".error_response_type",
    "ExternalPostSummary": ".external_post_summary",
    "ExternalPostSummaryAnalytics": ".external_post_summary_analytics",
    "ExternalPostSummaryMediaItemsItem": ".external_post_summary_media_items_item",
    "FacebookPlatformData": ".facebook_platform_data",
    "FacebookPlatformDataContentType": ".facebook_platform_data_content_type",
    "FacebookSettings": ".facebook_settings",
    "FacebookSettingsCarouselCardsItem": ".facebook_settings_carousel_cards_item",
    "GeoRestriction": ".geo_restriction",
    "GetMediaPresignedUrlBody": ".get_media_presigned_url_body",
    "GetMediaPresignedUrlResponse200": ".get_media_presigned_url_response_200",
    "GetPostResponse404": ".get_post_response_404",
    "GoogleBusinessPlatformData": ".google_business_platform_data",
    "GoogleBusinessPlatformDataCallToAction": ".google_business_platform_data_call_to_action",
    "GoogleBusinessPlatformDataCallToActionType": ".google_business_platform_data_call_to_action_type",
    "GoogleBusinessPlatformDataEvent": ".google_business_platform_data_event",
    "GoogleBusinessPlatformDataEventSchedule": ".google_business_platform_data_event_schedule",
    "GoogleBusinessPlatformDataEventScheduleEndDate": ".google_business_platform_data_event_schedule_end_date",
    "GoogleBusinessPlatformDataEventScheduleEndTime": ".google_business_platform_data_event_schedule_end_time",
    "GoogleBusinessPlatformDataEventScheduleStartDate": ".google_business_platform_data_event_schedule_start_date",
    "GoogleBusinessPlatformDataEventScheduleStartTime": ".google_business_platform_data_event_schedule_start_time",
    "GoogleBusinessPlatformDataOffer": ".google_business_platform_data_offer",
    "GoogleBusinessPlatformDataTopicType": ".google_business_platform_data_topic_type",
    "InstagramPlatformData": ".instagram_platform_data",
    "InstagramPlatformDataAudioConfiguration": ".instagram_platform_data_audio_configuration",
    "InstagramPlatformDataContentType": ".instagram_platform_data_content_type",
    "InstagramPlatformDataTrialParams": ".instagram_platform_data_trial_params",
    "InstagramPlatformDataTrialParamsGraduationStrategy": ".instagram_platform_data_trial_params_graduation_strategy",
    "InstagramPlatformDataUserTagsItem": ".instagram_platform_data_user_tags_item",
    "LinkedInMentionIssue": ".linked_in_mention_issue",
    "LinkedInMentionIssueCode": ".linked_in_mention_issue_code",
    "LinkedInPlatformData": ".linked_in_platform_data",
    "LinkedInPlatformDataAudience": ".linked_in_platform_data_audience",
    "LinkedInPlatformDataAudienceInterfaceLocalesItem": ".linked_in_platform_data_audience_interface_locales_item",
    "LinkedInPlatformDataAudienceStaffCountRangesItem": ".linked_in_platform_data_audience_staff_count_ranges_item",
    "LinkedInPlatformDataPoll": ".linked_in_platform_data_poll",
    "LinkedInPlatformDataPollDuration": ".linked_in_platform_data_poll_duration",
    "ListAccountsCategory": ".list_accounts_category",
    "ListAccountsOrder": ".list_accounts_order",
    "ListAccountsSort": ".list_accounts_sort",
    "ListAccountsStatus": ".list_accounts_status",
    "ListPostsSortBy": ".list_posts_sort_by",
    "ListPostsSource": ".list_posts_source",
    "ListPostsStatus": ".list_posts_status",
    "MediaContentType": ".media_content_type",
    "MediaItem": ".media_item",
    "MediaItemType": ".media_item_type",
    "MediaSubtitle": ".media_subtitle",
    "Pagination": ".pagination",
    "PinPostRequest": ".pin_post_request",
    "PinPostResponse": ".pin_post_response",
    "PinPostResponse404": ".pin_post_response_404",
    "PinterestPlatformData": ".pinterest_platform_data",
    "PlatformTarget": ".platform_target",
    "PlatformTargetErrorCategory": ".platform_target_error_category",
    "PlatformTargetErrorSource": ".platform_target_error_source",
    "PlatformTargetPlatformSpecificData": ".platform_target_platform_specific_data",
    "PlatformTargetTrialGraduationStrategy": ".platform_target_trial_graduation_strategy",
    "Post": ".post",
    "PostCreateResponse": ".post_create_response",
    "PostDeleteResponse": ".post_delete_response",
    "PostGetResponse": ".post_get_response",
    "PostMetadata": ".post_metadata",
    "PostPlatformError": ".post_platform_error",
    "PostPublishIncompleteResponse": ".post_publish_incomplete_response",
    "PostPublishIncompleteResponsePlatformResultsItem": ".post_publish_incomplete_response_platform_results_item",
    "PostRetryResponse": ".post_retry_response",
    "PostStatus": ".post_status",
    "PostUpdateResponse": ".post_update_response",
    "PostVisibility": ".post_visibility",
    "PostsListResponse": ".posts_list_response",
    "PostsListResponsePagination": ".posts_list_response_pagination",
    "PrepareMediaBody": ".prepare_media_body",
    "PrepareMediaBodyTarget": ".prepare_media_body_target",
    "PrepareMediaResponse200": ".prepare_media_response_200",
    "PrepareMediaResponse200MediaType": ".prepare_media_response_200_media_type",
    "PrepareMediaResponse403": ".prepare_media_response_403",
    "PrepareMediaResponse403Code": ".prepare_media_response_403_code",
    "PrepareMediaResponse403RequiredGroup": ".prepare_media_response_403_required_group",
    "Profile": ".profile",
    "ProfilesListResponse": ".profiles_list_response",
    "RecyclingConfig": ".recycling_config",
    "RecyclingConfigGapFreq": ".recycling_config_gap_freq",
    "RecyclingState": ".recycling_state",
    "RecyclingStateGapFreq": ".recycling_state_gap_freq",
    "RedditPlatformData": ".reddit_platform_data",
    "RetryPostResponse207": ".retry_post_response_207",
    "RetryPostResponse402": ".retry_post_response_402",
    "RetryPostResponse404": ".retry_post_response_404",
    "RetryPostResponse429": ".retry_post_response_429",
    "RetryPostResponse429Details": ".retry_post_response_429_details",
    "ReviewPostBody": ".review_post_body",
    "ReviewPostBodyDecision": ".review_post_body_decision",
    "ReviewPostResponse404": ".review_post_response_404",
    "SlackPlatformData": ".slack_platform_data",
    "SnapchatPlatformData": ".snapchat_platform_data",
    "SnapchatPlatformDataContentType": ".snapchat_platform_data_content_type",
    "SocialAccount": ".social_account",
    "SocialAccountMetadata": ".social_account_metadata",
    "SocialAccountPlatform": ".social_account_platform",
    "SocialAccountTiktokAccountType": ".social_account_tiktok_account_type",
    "SyncExternalPostsBody": ".sync_external_posts_body",
    "SyncExternalPostsResponse200": ".sync_external_posts_response_200",
    "SyncExternalPostsResponse200Synced": ".sync_external_posts_response_200_synced",
    "TelegramPlatformData": ".telegram_platform_data",
    "TelegramPlatformDataParseMode": ".telegram_platform_data_parse_mode",
    "ThreadsPlatformData": ".threads_platform_data",
    "ThreadsPlatformDataThreadItemsItem": ".threads_platform_data_thread_items_item",
    "TikTokDryRunVerdict": ".tik_tok_dry_run_verdict",
    "TikTokDryRunVerdictTiktokItem": ".tik_tok_dry_run_verdict_tiktok_item",
    "TikTokPlatformData": ".tik_tok_platform_data",
    "TikTokPlatformDataCommercialContentType": ".tik_tok_platform_data_commercial_content_type",
    "TikTokPlatformDataMediaType": ".tik_tok_platform_data_media_type",
    "TikTokPlatformDataMusicSoundInfo": ".tik_tok_platform_data_music_sound_info",
    "TwitterPlatformData": ".twitter_platform_data",
    "TwitterPlatformDataPoll": ".twitter_platform_data_poll",
    "TwitterPlatformDataReplySettings": ".twitter_platform_data_reply_settings",
    "TwitterPlatformDataSensitiveMedia": ".twitter_platform_data_sensitive_media",
    "TwitterPlatformDataThreadItemsItem": ".twitter_platform_data_thread_items_item",
    "UnpinPostResponse404": ".unpin_post_response_404",
    "UnpublishPostBody": ".unpublish_post_body",
    "UnpublishPostBodyPlatform": ".unpublish_post_body_platform",
    "UnpublishPostResponse200": ".unpublish_post_response_200",
    "UnpublishPostResponse404": ".unpublish_post_response_404",
    "UpdatePostBody": ".update_post_body",
    "UpdatePostBodyMetadata": ".update_post_body_metadata",
    "UpdatePostBodyPlatformsItem": ".update_post_body_platforms_item",
    "UpdatePostBodyPlatformsItemPlatformSpecificData": ".update_post_body_platforms_item_platform_specific_data",
    "UpdatePostBodyVisibility": ".update_post_body_visibility",
    "UpdatePostMetadataBody": ".update_post_metadata_body",
    "UpdatePostMetadataBodyPlatform": ".update_post_metadata_body_platform",
    "UpdatePostMetadataBodyPrivacyStatus": ".update_post_metadata_body_privacy_status",
    "UpdatePostMetadataResponse200": ".update_post_metadata_response_200",
    "UpdatePostMetadataResponse404": ".update_post_metadata_response_404",
    "UpdatePostResponse404": ".update_post_response_404",
    "UploadMediaDirectBody": ".upload_media_direct_body",
    "UploadMediaDirectResponse200": ".upload_media_direct_response_200",
    "User": ".user",
    "XArticle": ".x_article",
    "XArticleBlock": ".x_article_block",
    "XArticleBlockData": ".x_article_block_data",
    "XArticleBlockType": ".x_article_block_type",
    "XArticleContentState": ".x_article_content_state",
    "XArticleCover": ".x_article_cover",
    "XArticleEntityEmoji": ".x_article_entity_emoji",
    "XArticleEntityEmojiValue": ".x_article_entity_emoji_value",
    "XArticleEntityEmojiValueData": ".x_article_entity_emoji_value_data",
    "XArticleEntityEmojiValueMutability": ".x_article_entity_emoji_value_mutability",
    "XArticleEntityImage": ".x_article_entity_image",
    "XArticleEntityImageValue": ".x_article_entity_image_value",
    "XArticleEntityImageValueData": ".x_article_entity_image_value_data",
    "XArticleEntityImageValueMutability": ".x_article_entity_image_value_mutability",
    "XArticleEntityLink": ".x_article_entity_link",
    "XArticleEntityLinkValue": ".x_article_entity_link_value",
    "XArticleEntityLinkValueData": ".x_article_entity_link_value_data",
    "XArticleEntityLinkValueMutability": ".x_article_entity_link_value_mutability",
    "XArticleEntityMarkdown": ".x_article_entity_markdown",
    "XArticleEntityMarkdownValue": ".x_article_entity_markdown_value",
    "XArticleEntityMarkdownValueData": ".x_article_entity_markdown_value_data",
    "XArticleEntityMarkdownValueMutability": ".x_article_entity_markdown_value_mutability",
    "XArticleEntityPost": ".x_article_entity_post",
    "XArticleEntityPostValue": ".x_article_entity_post_value",
    "XArticleEntityPostValueData": ".x_article_entity_post_value_data",
    "XArticleEntityPostValueMutability": ".x_article_entity_post_value_mutability",
    "XArticleEntityRange": ".x_article_entity_range",
    "XArticleEntityVariant6": ".x_article_entity_variant_6",
    "XArticleEntityVariant6Value": ".x_article_entity_variant_6_value",
    "XArticleEntityVariant6ValueData": ".x_article_entity_variant_6_value_data",
    "XArticleEntityVariant6ValueMutability": ".x_article_entity_variant_6_value_mutability",
    "XArticleEntityVariant6ValueType": ".x_article_entity_variant_6_value_type",
    "XArticleInlineStyleRange": ".x_article_inline_style_range",
    "XArticleInlineStyleRangeStyle": ".x_article_inline_style_range_style",
    "XArticleMode": ".x_article_mode",
    "XArticleTextRange": ".x_article_text_range",
    "YouTubePlatformData": ".you_tube_platform_data",
    "YouTubePlatformDataVisibility": ".you_tube_platform_data_visibility",
}


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(_MODULE_OF)


__all__ = (
    "AccountCursorPagination",
    "AccountsListResponse",
    "AccountsListResponseProfileTotals",
    "AccountsListResponseStatusCounts",
    "BlueskyPlatformData",
    "BlueskyPlatformDataThreadItemsItem",
    "BulkUploadPostsBody",
    "BulkUploadPostsResponse402",
    "BulkUploadPostsResponse429",
    "BulkUploadPostsResponse429Details",
    "BulkUploadResult",
    "BulkUploadResultRateLimitedAccountsItem",
    "BulkUploadResultResultsItem",
    "CreatePostBody",
    "CreatePostBodyMetadata",
    "CreatePostBodyPlatformsItem",
    "CreatePostResponse400",
    "CreatePostResponse400Details",
    "CreatePostResponse403",
    "CreatePostResponse403Code",
    "CreatePostResponse409",
    "CreatePostResponse409Details",
    "CreatePostResponse429",
    "CreatePostResponse429Details",
    "DeletePostResponse404",
    "DiscordPlatformData",
    "DiscordPlatformDataEmbedsItem",
    "DiscordPlatformDataEmbedsItemAuthor",
    "DiscordPlatformDataEmbedsItemFieldsItem",
    "DiscordPlatformDataEmbedsItemFooter",
    "DiscordPlatformDataEmbedsItemImage",
    "DiscordPlatformDataEmbedsItemThumbnail",
    "DiscordPlatformDataPoll",
    "DiscordPlatformDataPollAnswersItem",
    "DiscordPlatformDataPollAnswersItemPollMedia",
    "DiscordPlatformDataPollQuestion",
    "DiscordPlatformDataThreadFromMessage",
    "DiscordPlatformDataThreadFromMessageAutoArchiveDuration",
    "EditPostBody",
    "EditPostBodyPlatform",
    "EditPostResponse200",
    "EditPostResponse404",
    "ErrorResponse",
    "ErrorResponseDetails",
    "ErrorResponseDetailsBudgetScope",
    "ErrorResponseDetailsCreatedObjectsItem",
    "ErrorResponseDetailsCreatedObjectsItemCleanup",
    "ErrorResponseDetailsCreatedObjectsItemType",
    "ErrorResponseDetailsQuotaScope",
    "ErrorResponseDetailsStage",
    "ErrorResponseDetailsUnconfirmedWrite",
    "ErrorResponseDetailsUnconfirmedWriteType",
    "ErrorResponsePlatformError",
    "ErrorResponseType",
    "ExternalPostSummary",
    "ExternalPostSummaryAnalytics",
    "ExternalPostSummaryMediaItemsItem",
    "FacebookPlatformData",
    "FacebookPlatformDataContentType",
    "FacebookSettings",
    "FacebookSettingsCarouselCardsItem",
    "GeoRestriction",
    "GetMediaPresignedUrlBody",
    "GetMediaPresignedUrlResponse200",
    "GetPostResponse404",
    "GoogleBusinessPlatformData",
    "GoogleBusinessPlatformDataCallToAction",
    "GoogleBusinessPlatformDataCallToActionType",
    "GoogleBusinessPlatformDataEvent",
    "GoogleBusinessPlatformDataEventSchedule",
    "GoogleBusinessPlatformDataEventScheduleEndDate",
    "GoogleBusinessPlatformDataEventScheduleEndTime",
    "GoogleBusinessPlatformDataEventScheduleStartDate",
    "GoogleBusinessPlatformDataEventScheduleStartTime",
    "GoogleBusinessPlatformDataOffer",
    "GoogleBusinessPlatformDataTopicType",
    "InstagramPlatformData",
    "InstagramPlatformDataAudioConfiguration",
    "InstagramPlatformDataContentType",
    "InstagramPlatformDataTrialParams",
    "InstagramPlatformDataTrialParamsGraduationStrategy",
    "InstagramPlatformDataUserTagsItem",
    "LinkedInMentionIssue",
    "LinkedInMentionIssueCode",
    "LinkedInPlatformData",
    "LinkedInPlatformDataAudience",
    "LinkedInPlatformDataAudienceInterfaceLocalesItem",
    "LinkedInPlatformDataAudienceStaffCountRangesItem",
    "LinkedInPlatformDataPoll",
    "LinkedInPlatformDataPollDuration",
    "ListAccountsCategory",
    "ListAccountsOrder",
    "ListAccountsSort",
    "ListAccountsStatus",
    "ListPostsSortBy",
    "ListPostsSource",
    "ListPostsStatus",
    "MediaContentType",
    "MediaItem",
    "MediaItemType",
    "MediaSubtitle",
    "Pagination",
    "PinPostRequest",
    "PinPostResponse",
    "PinPostResponse404",
    "PinterestPlatformData",
    "PlatformTarget",
    "PlatformTargetErrorCategory",
    "PlatformTargetErrorSource",
    "PlatformTargetPlatformSpecificData",
    "PlatformTargetTrialGraduationStrategy",
    "Post",
    "PostCreateResponse",
    "PostDeleteResponse",
    "PostGetResponse",
    "PostMetadata",
    "PostPlatformError",
    "PostPublishIncompleteResponse",
    "PostPublishIncompleteResponsePlatformResultsItem",
    "PostRetryResponse",
    "PostStatus",
    "PostUpdateResponse",
    "PostVisibility",
    "PostsListResponse",
    "PostsListResponsePagination",
    "PrepareMediaBody",
    "PrepareMediaBodyTarget",
    "PrepareMediaResponse200",
    "PrepareMediaResponse200MediaType",
    "PrepareMediaResponse403",
    "PrepareMediaResponse403Code",
    "PrepareMediaResponse403RequiredGroup",
    "Profile",
    "ProfilesListResponse",
    "RecyclingConfig",
    "RecyclingConfigGapFreq",
    "RecyclingState",
    "RecyclingStateGapFreq",
    "RedditPlatformData",
    "RetryPostResponse207",
    "RetryPostResponse402",
    "RetryPostResponse404",
    "RetryPostResponse429",
    "RetryPostResponse429Details",
    "ReviewPostBody",
    "ReviewPostBodyDecision",
    "ReviewPostResponse404",
    "SlackPlatformData",
    "SnapchatPlatformData",
    "SnapchatPlatformDataContentType",
    "SocialAccount",
    "SocialAccountMetadata",
    "SocialAccountPlatform",
    "SocialAccountTiktokAccountType",
    "SyncExternalPostsBody",
    "SyncExternalPostsResponse200",
    "SyncExternalPostsResponse200Synced",
    "TelegramPlatformData",
    "TelegramPlatformDataParseMode",
    "ThreadsPlatformData",
    "ThreadsPlatformDataThreadItemsItem",
    "TikTokDryRunVerdict",
    "TikTokDryRunVerdictTiktokItem",
    "TikTokPlatformData",
    "TikTokPlatformDataCommercialContentType",
    "TikTokPlatformDataMediaType",
    "TikTokPlatformDataMusicSoundInfo",
    "TwitterPlatformData",
    "TwitterPlatformDataPoll",
    "TwitterPlatformDataReplySettings",
    "TwitterPlatformDataSensitiveMedia",
    "TwitterPlatformDataThreadItemsItem",
    "UnpinPostResponse404",
    "UnpublishPostBody",
    "UnpublishPostBodyPlatform",
    "UnpublishPostResponse200",
    "UnpublishPostResponse404",
    "UpdatePostBody",
    "UpdatePostBodyMetadata",
    "UpdatePostBodyPlatformsItem",
    "UpdatePostBodyPlatformsItemPlatformSpecificData",
    "UpdatePostBodyVisibility",
    "UpdatePostMetadataBody",
    "UpdatePostMetadataBodyPlatform",
    "UpdatePostMetadataBodyPrivacyStatus",
    "UpdatePostMetadataResponse200",
    "UpdatePostMetadataResponse404",
    "UpdatePostResponse404",
    "UploadMediaDirectBody",
    "UploadMediaDirectResponse200",
    "User",
    "XArticle",
    "XArticleBlock",
    "XArticleBlockData",
    "XArticleBlockType",
    "XArticleContentState",
    "XArticleCover",
    "XArticleEntityEmoji",
    "XArticleEntityEmojiValue",
    "XArticleEntityEmojiValueData",
    "XArticleEntityEmojiValueMutability",
    "XArticleEntityImage",
    "XArticleEntityImageValue",
    "XArticleEntityImageValueData",
    "XArticleEntityImageValueMutability",
    "XArticleEntityLink",
    "XArticleEntityLinkValue",
    "XArticleEntityLinkValueData",
    "XArticleEntityLinkValueMutability",
    "XArticleEntityMarkdown",
    "XArticleEntityMarkdownValue",
    "XArticleEntityMarkdownValueData",
    "XArticleEntityMarkdownValueMutability",
    "XArticleEntityPost",
    "XArticleEntityPostValue",
    "XArticleEntityPostValueData",
    "XArticleEntityPostValueMutability",
    "XArticleEntityRange",
    "XArticleEntityVariant6",
    "XArticleEntityVariant6Value",
    "XArticleEntityVariant6ValueData",
    "XArticleEntityVariant6ValueMutability",
    "XArticleEntityVariant6ValueType",
    "XArticleInlineStyleRange",
    "XArticleInlineStyleRangeStyle",
    "XArticleMode",
    "XArticleTextRange",
    "YouTubePlatformData",
    "YouTubePlatformDataVisibility",
)
