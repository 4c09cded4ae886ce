using GoTrs.Application.Common.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>The one place typed exceptions become RFC 9457 problem details.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest, Title = "The request is invalid.",
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "The request could not be read.", Detail = b.Message },
            UnauthorizedException u => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Unauthorized.", Detail = u.Message },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = f.Message },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = n.Message },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = c.Message },
            PayloadTooLargeException p => new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = "Too large.", Detail = p.Message },
            TooManyRequestsException t => TooMany(httpContext, t),
            _ when ConstraintViolation(exception) is { } detail => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = detail,
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception");

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext, ProblemDetails = problem, Exception = exception,
        });
    }

    /// <summary>
    /// Use cases check uniqueness and references first; what slips past them (a concurrent writer) is a conflict too,
    /// not a server error.
    /// </summary>
    private static string? ConstraintViolation(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)?.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => "A row with the same unique value was saved at the same time. Reload and try again.",
            PostgresErrorCodes.ForeignKeyViolation => "The row is still referenced, or refers to a row that no longer exists. Reload and try again.",
            _ => null,
        };

    private static ProblemDetails TooMany(HttpContext context, TooManyRequestsException exception)
    {
        var seconds = (int)Math.Ceiling(exception.RetryAfter.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString();
        return new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests, Title = "Too many attempts.",
            Detail = $"Try again in {seconds} seconds.",
        };
    }
}
