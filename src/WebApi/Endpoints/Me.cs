using System.Text.Json;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Auth.GetMe;
using GoTrs.Application.Features.Preferences.DeletePreference;
using GoTrs.Application.Features.Preferences.GetPreferences;
using GoTrs.Application.Features.Preferences.SetPreference;
using Microsoft.AspNetCore.Mvc;

namespace GoTrs.WebApi.Endpoints;

public static class Me
{
    public static void MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMeQuery(), ct)))
            .WithTags("Auth")
            .WithName("GetMe")
            .WithSummary("The caller with groups, roles, effective permissions, language and time zone.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var preferences = api.MapGroup("/me/preferences").WithTags("Preferences")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        preferences.MapGet("", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPreferencesQuery(), ct)))
            .WithName("GetPreferences").WithSummary("The caller's preferences: one object of key → JSON value.");
        preferences.MapPut("/{key}", async (string key, [FromBody] JsonElement value, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SetPreferenceCommand(key, value), ct);
                return TypedResults.NoContent();
            })
            .Accepts<JsonElement>("application/json")
            .WithName("SetPreference")
            .WithSummary("Store any JSON value (at most 64 KB) under the key; 'language' (en, de, es, fr, ar) and 'timeZone' (IANA id) are checked.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        preferences.MapDelete("/{key}", async (string key, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeletePreferenceCommand(key), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePreference").WithSummary("Remove the caller's preference.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
