using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Features.Auth.Refresh;

/// <summary>Trades a refresh token for a new access token and a new refresh token of the same family.</summary>
public sealed record RefreshCommand(string RefreshToken, string? ClientIp) : IRequest<TokenResponse>;

public sealed class RefreshHandler(
    IAppDbContext db,
    IAccessTokenIssuer accessTokens,
    IRefreshTokenStore refreshTokens) : IRequestHandler<RefreshCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(RefreshCommand request, CancellationToken cancellationToken)
    {
        var redeemed = await refreshTokens.RedeemAsync(request.RefreshToken, cancellationToken);
        if (!await PrincipalDirectory.IsStillValidAsync(db, redeemed.Principal, cancellationToken))
        {
            await refreshTokens.RevokeFamilyAsync(request.RefreshToken, "invalid-account", cancellationToken);
            throw new UnauthorizedException("The account can no longer log in.");
        }
        var access = accessTokens.Issue(redeemed.Principal);
        var refresh = await refreshTokens.CreateAsync(redeemed.Principal, redeemed.FamilyId, request.ClientIp, cancellationToken);
        return new TokenResponse(access.Token, refresh, access.ExpiresInSeconds);
    }
}
