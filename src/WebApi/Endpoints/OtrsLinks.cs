using GoTrs.Application.Features.Notifications;
using Microsoft.Extensions.Options;

namespace GoTrs.WebApi.Endpoints;

/// <summary>
/// Links in Znuny's notification texts (and in mails Znuny sent before) point at
/// <c>&lt;ScriptAlias&gt;index.pl?Action=AgentTicketZoom;TicketID=n</c>; they lead to the ticket in the web client.
/// </summary>
public static class OtrsLinks
{
    public static void MapOtrsLinks(this WebApplication app)
    {
        var alias = app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.ScriptAlias.Trim('/');
        app.MapGet(alias.Length == 0 ? "/index.pl" : $"/{alias}/index.pl", (HttpRequest request) =>
            {
                var query = request.QueryString.Value?.TrimStart('?') ?? "";
                var parameters = query.Split([';', '&'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(pair => pair.Split('=', 2))
                    .GroupBy(pair => Uri.UnescapeDataString(pair[0]), StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().Length > 1 ? Uri.UnescapeDataString(g.First()[1]) : "", StringComparer.OrdinalIgnoreCase);
                var zoom = parameters.GetValueOrDefault("Action") == "AgentTicketZoom"
                           && long.TryParse(parameters.GetValueOrDefault("TicketID"), out var ticketId) && ticketId > 0;
                return Results.Redirect(zoom ? $"/agent/tickets/{parameters["TicketID"]}" : "/agent");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
