using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Permissions;
using Npgsql;

namespace GoTrs.Infrastructure.Identity;

/// <summary>An agent's grants in one statement: direct ones from group_user, and group_role through role_user.</summary>
public sealed class PostgresAgentGrantReader(NpgsqlDataSource dataSource) : IAgentGrantReader
{
    private const string Sql = """
        SELECT gu.group_id, gu.permission_key, g.valid_id = 1, TRUE, TRUE
        FROM group_user gu JOIN permission_groups g ON g.id = gu.group_id
        WHERE gu.user_id = $1
        UNION ALL
        SELECT gr.group_id, gr.permission_key, g.valid_id = 1, r.valid_id = 1, gr.permission_value = 1
        FROM role_user ru
        JOIN roles r ON r.id = ru.role_id
        JOIN group_role gr ON gr.role_id = ru.role_id
        JOIN permission_groups g ON g.id = gr.group_id
        WHERE ru.user_id = $1
        """;

    public async Task<EffectivePermissions> ForAgentAsync(int agentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = agentId });
        var grants = new List<PermissionGrant>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            grants.Add(new PermissionGrant(reader.GetInt32(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3),
                reader.GetBoolean(4)));
        return EffectivePermissions.From(grants);
    }
}
