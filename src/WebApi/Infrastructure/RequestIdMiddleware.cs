namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// Gives every request an id (the caller's X-Request-Id when it is well-formed), returns it in the response and puts it
/// in the log scope so every JSON log line of the request carries it.
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        if (incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            context.TraceIdentifier = incoming;
        context.Response.Headers[Header] = context.TraceIdentifier;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = context.TraceIdentifier }))
            await next(context);
    }
}
