using GoTrs.Application;
using GoTrs.Infrastructure;
using GoTrs.Infrastructure.Hosting;
using GoTrs.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddressWhenUnconfigured();
await builder.UseEmbeddedDatabaseWhenUnconfiguredAsync();

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.AddWebApi();

var app = builder.Build();
app.UseWebApi();
app.Run();

public partial class Program;
