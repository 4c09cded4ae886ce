using Npgsql;

namespace GoTrs.Infrastructure.Tickets.Reads;

/// <summary>The positional parameters of a statement being written: <see cref="Add{T}"/> returns the placeholder.</summary>
internal sealed class SqlArguments
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public string Add<T>(T value)
    {
        _parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + _parameters.Count;
    }

    /// <summary>A UTC time compared with an OTRS column without time zone (which holds UTC wall-clock time).</summary>
    public string AddUtc(DateTimeOffset value) => Add(DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Unspecified));

    public NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in _parameters) command.Parameters.Add(parameter.Clone());
        return command;
    }
}
