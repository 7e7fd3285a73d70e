using Satisfaction.Data.Entities;

namespace Satisfaction.Data.SmsInbound;

/// <summary>A number's open SMS conversation as the webhook writer reads it, with the force its case belongs to.</summary>
/// <param name="Conversation">The conversation, not tracked by any context.</param>
/// <param name="ForceId">Store key of the case's force (which names the texts and whose SMS hours apply); null only if the case is gone.</param>
public sealed record SmsOpenConversation(SmsConversation Conversation, int? ForceId);
