using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Interfaces;

namespace GoTrs.Application.Features.Auth.Logout;

/// <summary>Ends a session: the refresh token's family is revoked, so neither it nor its successors work again.</summary>
public sealed record LogoutCommand(string RefreshToken) : IRequest<Unit>;

public sealed class LogoutHandler(IRefreshTokenStore refreshTokens) : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        await refreshTokens.RevokeFamilyAsync(request.RefreshToken, "logout", cancellationToken);
        return Unit.Value;
    }
}
