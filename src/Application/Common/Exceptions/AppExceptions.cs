namespace GoTrs.Application.Common.Exceptions;

/// <summary>Input failed validation; <see cref="Errors"/> maps field names to messages (400).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public ValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}

/// <summary>The resource does not exist or the caller may not know that it exists (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller is known but lacks the permission (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The request conflicts with the current state, e.g. a stale version (409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>Credentials or tokens were not accepted (401).</summary>
public sealed class UnauthorizedException(string message) : Exception(message);

/// <summary>Too many attempts; the caller may retry after <see cref="RetryAfter"/> (429).</summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter)
    : Exception("Too many attempts. Try again later.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The request or one of its files is larger than allowed (413).</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
