using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Auth;
using GoTrs.Application.Features.Auth.Login;
using GoTrs.Application.Features.Auth.Logout;
using GoTrs.Application.Features.Auth.Refresh;

namespace GoTrs.WebApi.Endpoints;

public sealed record LoginRequest(string? Login, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public static class Auth
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        MapLogin(api.MapGroup("/auth").WithTags("Auth"), PrincipalKind.Agent);
        MapLogin(api.MapGroup("/customer/auth").WithTags("Customer auth"), PrincipalKind.Customer);
    }

    private static void MapLogin(RouteGroupBuilder group, PrincipalKind kind)
    {
        var prefix = kind == PrincipalKind.Agent ? "Agent" : "Customer";
        group.MapPost("/login", async (LoginRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new LoginCommand(kind, body.Login ?? "", body.Password ?? "", ClientIp(http)), ct)))
            .AllowAnonymous()
            .WithName($"{prefix}Login")
            .WithSummary("Log in with login and password; returns an access token and a refresh token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/refresh", async (RefreshRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RefreshCommand(body.RefreshToken ?? "", ClientIp(http)), ct)))
            .AllowAnonymous()
            .WithName($"{prefix}Refresh")
            .WithSummary("Trade a refresh token for new tokens. A refresh token works once; reusing one revokes the session.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/logout", async (RefreshRequest body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new LogoutCommand(body.RefreshToken ?? ""), ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName($"{prefix}Logout")
            .WithSummary("End the session of a refresh token: it and every token rotated from it stop working.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static string? ClientIp(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
