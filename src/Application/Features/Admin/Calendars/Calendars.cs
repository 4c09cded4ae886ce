using System.Text.Json;
using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Calendars;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using ValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.Features.Admin.Calendars;

/// <summary>A business-hours calendar as the admin API shows it; queues and SLAs refer to it by name.</summary>
public sealed record CalendarDto(
    int Id, string Name, string TimeZone, JsonElement WorkingHours, JsonElement Holidays, string? Comments, int ValidId);

public sealed record ListCalendarsQuery : IRequest<IReadOnlyList<CalendarDto>>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a calendar; the definition is checked before it is stored.</summary>
public sealed record SaveCalendarCommand(
    int? Id, string? Name, string? TimeZone, JsonElement? WorkingHours, JsonElement? Holidays, string? Comments, int? ValidId)
    : IRequest<CalendarDto>;

public sealed record DeleteCalendarCommand(int Id) : IRequest<Unit>;

public sealed class CalendarHandlers(IAppDbContext db)
    : IRequestHandler<ListCalendarsQuery, IReadOnlyList<CalendarDto>>,
      IRequestHandler<SaveCalendarCommand, CalendarDto>,
      IRequestHandler<DeleteCalendarCommand, Unit>
{
    public async Task<IReadOnlyList<CalendarDto>> Handle(ListCalendarsQuery request, CancellationToken cancellationToken) =>
        (await db.Calendars.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<CalendarDto> Handle(SaveCalendarCommand request, CancellationToken cancellationToken)
    {
        var hours = request.WorkingHours!.Value.GetRawText();
        var holidays = request.Holidays?.GetRawText() ?? "[]";
        try { CalendarDefinition.Parse(request.TimeZone ?? "UTC", hours, holidays); }
        catch (FormatException ex) { throw new ValidationException("workingHours", ex.Message); }

        var calendar = request.Id is { } id
            ? await db.Calendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException($"Calendar {id} was not found.")
            : db.Calendars.Add(new Calendar()).Entity;
        var name = request.Name!.Trim();
        if (await db.Calendars.AnyAsync(c => c.Name == name && c.Id != calendar.Id, cancellationToken))
            throw new ConflictException($"A calendar named '{name}' exists already.");
        calendar.Name = name;
        calendar.TimeZone = request.TimeZone ?? "UTC";
        calendar.WorkingHours = hours;
        calendar.Holidays = holidays;
        calendar.Comments = request.Comments;
        calendar.ValidId = request.ValidId ?? Validity.Valid;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(calendar);
    }

    public async Task<Unit> Handle(DeleteCalendarCommand request, CancellationToken cancellationToken)
    {
        var removed = await db.Calendars.Where(c => c.Id == request.Id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) throw new NotFoundException($"Calendar {request.Id} was not found.");
        return Unit.Value;
    }

    private static CalendarDto ToDto(Calendar c) => new(c.Id, c.Name, c.TimeZone, JsonDocument.Parse(c.WorkingHours).RootElement.Clone(),
        JsonDocument.Parse(c.Holidays).RootElement.Clone(), c.Comments, c.ValidId);
}

public sealed class SaveCalendarValidator : AbstractValidator<SaveCalendarCommand>
{
    public SaveCalendarValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.TimeZone).MaximumLength(100);
        RuleFor(x => x.WorkingHours).NotNull().Must(w => w is null || w.Value.ValueKind == JsonValueKind.Object)
            .WithMessage("workingHours is an object of weekday → [[\"HH:mm\",\"HH:mm\"], …].");
        RuleFor(x => x.Holidays).Must(h => h is null || h.Value.ValueKind == JsonValueKind.Array)
            .WithMessage("holidays is an array of {date, name}.");
        RuleFor(x => x.Comments).MaximumLength(250);
        RuleFor(x => x.ValidId).InclusiveBetween(1, 3);
    }
}
