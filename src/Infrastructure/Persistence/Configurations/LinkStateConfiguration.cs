using GoTrs.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class LinkStateConfiguration : IEntityTypeConfiguration<LinkState>
{
    public void Configure(EntityTypeBuilder<LinkState> builder) => builder.MapLookup("link_state", nameLength: 50);
}
