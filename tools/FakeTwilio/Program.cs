using System.Globalization;
using FakeTwilio;

// FakeTwilio: a stand-in for Twilio's REST API on 127.0.0.1, for tests and the demo.
// Usage: FakeTwilio [--port N] [--account-sid AC...] [--auth-token T] [--service-url PUBLIC] [--service-address REAL]
// Control: GET /_fake/messages; POST /_fake/inbound (From, Body); POST /_fake/status (MessageSid, MessageStatus, ErrorCode).
var values = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i += 2)
{
    if (i + 1 >= args.Length || args[i] is not ("--port" or "--account-sid" or "--auth-token" or "--service-url" or "--service-address"))
    {
        await Console.Error.WriteLineAsync($"FakeTwilio: unknown option or missing value at '{args[i]}'").ConfigureAwait(false);
        return 1;
    }

    values[args[i]] = args[i + 1];
}

var defaults = new FakeTwilioOptions();
var options = new FakeTwilioOptions
{
    Port = values.TryGetValue("--port", out var port) ? int.Parse(port, CultureInfo.InvariantCulture) : 0,
    AccountSid = values.GetValueOrDefault("--account-sid", defaults.AccountSid),
    AuthToken = values.GetValueOrDefault("--auth-token", defaults.AuthToken),
    ServicePublicBaseUrl = values.GetValueOrDefault("--service-url", defaults.ServicePublicBaseUrl),
    ServiceAddress = values.GetValueOrDefault("--service-address"),
};

await using var server = await FakeTwilioServer.StartAsync(options).ConfigureAwait(false);
Console.WriteLine($"FakeTwilio listening on {server.BaseUrl} (set Sms:Twilio:ApiBaseUrl to it); Ctrl+C stops it.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
await stop.Task.ConfigureAwait(false);
return 0;
