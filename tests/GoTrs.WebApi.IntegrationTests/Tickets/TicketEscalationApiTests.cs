using System.Net.Http.Json;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

/// <summary>Escalation times through the API: set from the queue on create, shown in zoom and list, cleared by the answer.</summary>
public sealed class TicketEscalationApiTests : TicketTest
{
    [Test]
    public async Task ShouldShowTheQueuesFirstResponseTime_UntilAnAgentAnswers()
    {
        await ExecuteAsync("UPDATE queue SET first_response_time = 60, solution_time = 480 WHERE id = @q", ("q", SupportQueue));
        using var agent = await AsSupportAgentAsync("sla.agent", "rw");

        var created = await CreateTicketAsync(agent);
        var before = await ZoomAsync(agent, created.Id);
        await agent.PostAsJsonAsync($"/api/v1/tickets/{created.Id}/articles",
            new { subject = "Re", body = "On it.", channel = "phone", senderType = "agent", isVisibleForCustomer = true });
        var after = await ZoomAsync(agent, created.Id);
        var listed = await agent.GetFromJsonAsync<Application.Common.Models.PagedList<Application.Features.Tickets.Common.TicketSummaryDto>>(
            $"/api/v1/tickets?queueId={SupportQueue}&sort=escalation");

        before.Ticket.Escalation.ResponseAt.ShouldNotBeNull();
        (before.Ticket.Escalation.ResponseAt!.Value - new DateTimeOffset(before.Ticket.Created, TimeSpan.Zero)).TotalMinutes.ShouldBe(60, 1);
        before.Ticket.Escalation.NextAt.ShouldBe(before.Ticket.Escalation.ResponseAt);
        after.Ticket.Escalation.ResponseAt.ShouldBeNull();
        after.Ticket.Escalation.SolutionAt.ShouldNotBeNull();
        after.Ticket.Escalation.NextAt.ShouldBe(after.Ticket.Escalation.SolutionAt);
        listed!.Items.Single().Escalation.NextAt.ShouldBe(after.Ticket.Escalation.SolutionAt);
    }
}
