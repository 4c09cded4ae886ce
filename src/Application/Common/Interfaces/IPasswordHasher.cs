namespace GoTrs.Application.Common.Interfaces;

/// <summary>
/// Verifies every password hash format an OTRS/Znuny database may hold and produces GoTrs's own format for new passwords.
/// </summary>
public interface IPasswordHasher
{
    /// <summary>True when <paramref name="password"/> matches <paramref name="storedHash"/>. The login is the salt of some legacy formats.</summary>
    bool Verify(string password, string storedHash, string login);

    /// <summary>Hashes a new password in GoTrs's current format.</summary>
    string Hash(string password);

    /// <summary>True when the stored hash is in a legacy format and should be replaced after a successful login.</summary>
    bool NeedsRehash(string storedHash);
}
