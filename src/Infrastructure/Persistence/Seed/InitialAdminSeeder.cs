using System.Security.Cryptography;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using GoTrs.Infrastructure.Hosting;
using GoTrs.Infrastructure.Persistence.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Persistence.Seed;

/// <summary>
/// On a database GoTrs created itself, replaces Znuny's well-known initial root password (<c>root</c>) with
/// <c>GOTRS_ADMIN_PASSWORD</c> or a generated one, which is logged once and written to the data folder.
/// Adopted databases keep their passwords.
/// </summary>
public sealed class InitialAdminSeeder(
    NpgsqlDataSource dataSource,
    IPasswordHasher hasher,
    IConfiguration configuration,
    DataFolder dataFolder,
    ILogger<InitialAdminSeeder> logger)
{
    public const string PasswordVariable = "GOTRS_ADMIN_PASSWORD";
    public const string PasswordFile = "initial-admin-password";
    private const string ZnunyInitialHash = "roK20XGbWEsSM";

    public async Task SeedAsync(CancellationToken ct)
    {
        // Only on a database whose Znuny data GoTrs inserted itself, and only while root still has Znuny's default.
        await using var check = dataSource.CreateCommand($"""
            SELECT u.pw FROM users u
            WHERE u.id = @id AND EXISTS (SELECT 1 FROM {SchemaMigrator.VersionTable} m
                                         WHERE m.id = 'znuny/0002_initial_data' AND m.mode = 'applied')
            """);
        check.Parameters.AddWithValue("id", SystemUser.Id);
        if (await check.ExecuteScalarAsync(ct) is not ZnunyInitialHash) return;

        var password = configuration[PasswordVariable];
        if (string.IsNullOrEmpty(password))
        {
            password = GeneratePassword();
            dataFolder.WriteSecret(PasswordFile, password + "\n");
            logger.LogWarning(
                "Initial password of {Login}: {Password} (also written to {File}; change it after the first login)",
                SystemUser.Login, password, dataFolder.File(PasswordFile));
        }

        await SetPasswordAsync(password, ct);
        logger.LogInformation("Initial password of {Login} set", SystemUser.Login);
    }

    public async Task SetPasswordAsync(string password, CancellationToken ct)
    {
        await using var update = dataSource.CreateCommand(
            "UPDATE users SET pw = @pw, change_time = current_timestamp WHERE id = @id");
        update.Parameters.AddWithValue("pw", hasher.Hash(password));
        update.Parameters.AddWithValue("id", SystemUser.Id);
        await update.ExecuteNonQueryAsync(ct);
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return new string(RandomNumberGenerator.GetItems<char>(alphabet, 20));
    }
}
