using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Auth;

/// <summary>An account as login sees it: its stored hash and whether it may log in.</summary>
public sealed record Account(AuthPrincipal Principal, string? PasswordHash, bool IsValid);

/// <summary>Finds agents in <c>users</c> and customers in <c>customer_user</c> by login (case-insensitive).</summary>
public static class PrincipalDirectory
{
    public static async Task<Account?> FindByLoginAsync(IAppDbContext db, PrincipalKind kind, string login, CancellationToken ct)
    {
        var lowered = login.Trim().ToLowerInvariant();
        return kind == PrincipalKind.Agent
            ? await db.Agents.AsNoTracking().Where(a => a.Login.ToLower() == lowered)
                .Select(a => new Account(
                    new AuthPrincipal(PrincipalKind.Agent, a.Id.ToString(), a.Login), a.PasswordHash, a.ValidId == Validity.Valid))
                .FirstOrDefaultAsync(ct)
            : await db.CustomerUsers.AsNoTracking().Where(c => c.Login.ToLower() == lowered)
                .Select(c => new Account(
                    new AuthPrincipal(PrincipalKind.Customer, c.Login, c.Login), c.PasswordHash, c.ValidId == Validity.Valid))
                .FirstOrDefaultAsync(ct);
    }

    /// <summary>True when the principal still exists and is valid (checked again on every refresh).</summary>
    public static Task<bool> IsStillValidAsync(IAppDbContext db, AuthPrincipal principal, CancellationToken ct) =>
        principal.Kind == PrincipalKind.Agent && int.TryParse(principal.Id, out var id)
            ? db.Agents.AnyAsync(a => a.Id == id && a.ValidId == Validity.Valid, ct)
            : db.CustomerUsers.AnyAsync(c => c.Login == principal.Id && c.ValidId == Validity.Valid, ct);
}
