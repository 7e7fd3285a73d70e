namespace Satisfaction.SmsLoad;

/// <summary>An inbound webhook request made ready before the timed phase: the form body (URL-encoded) and its Twilio signature.</summary>
/// <param name="Form">The <c>application/x-www-form-urlencoded</c> body.</param>
/// <param name="Signature">The <c>X-Twilio-Signature</c> header value for the body's fields.</param>
public sealed record SignedPost(ReadOnlyMemory<byte> Form, string Signature);
