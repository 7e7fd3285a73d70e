namespace Satisfaction.Sms.Transport;

/// <summary>
/// Sends every request of the Twilio library to another base URL (<c>Sms:Twilio:ApiBaseUrl</c>): scheme, host and
/// port are replaced, path and query kept, whichever Twilio host (api, messaging, ...) the library chose.
/// </summary>
public sealed class BaseUrlRewritingHandler(Uri baseUrl) : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri)
        {
            var prefix = baseUrl.AbsolutePath.TrimEnd('/');
            request.RequestUri = new UriBuilder(uri) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port, Path = prefix + uri.AbsolutePath }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
