using GoTrs.Application.Common.Exceptions;

namespace GoTrs.Application.Features.Tickets.Common;

public static class ReferenceChecks
{
    /// <summary>The resolved item when it exists and is valid; otherwise a field error and null.</summary>
    public static T? Valid<T>(T? found, string field, FieldErrors errors) where T : class
    {
        var valid = found switch
        {
            QueueRef q => q.Valid, StateRef s => s.Valid, NamedRef n => n.Valid, AgentRef a => a.Valid, _ => false,
        };
        if (found is null) errors.Add(field, "No such item.");
        else if (!valid) errors.Add(field, "The item is not valid.");
        return valid ? found : null;
    }
}
